-- Drives Neovim 0.7 as a second real LSP client: opens a .toc file, starts the toc language server over
-- stdio, asks for the live model (toc/watchModel, as a client with a diagram does), waits for its
-- diagnostics and its toc/model notification, asks for a hover, and writes what it saw as JSON to
-- $TOC_NVIM_OUT. Run: nvim --headless --clean -u NONE -c 'luafile neovim.lua'
local file = os.getenv('TOC_NVIM_FILE')
local out = os.getenv('TOC_NVIM_OUT')
local server = os.getenv('TOC_NVIM_SERVER')
local result = { diagnostics = {}, model = nil, hover = nil, error = nil }

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'toc'

local client_id = vim.lsp.start_client({
  name = 'toc',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  handlers = {
    ['toc/model'] = function(_, params) result.model = params end,
  },
  -- Runs before the open buffer is sent (didOpen), so its first check already pushes the model.
  on_init = function(client) client.notify('toc/watchModel', { watch = true }) end,
})
if not client_id then
  result.error = 'the server did not start'
else
  vim.lsp.buf_attach_client(bufnr, client_id)
  vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 and result.model ~= nil end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, { line = d.lnum, message = d.message, severity = d.severity, code = d.code or lsp.code })
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = tonumber(os.getenv('TOC_NVIM_HOVER_LINE')), character = tonumber(os.getenv('TOC_NVIM_HOVER_CHAR')) } }
  local response = client.request_sync('textDocument/hover', params, 10000, bufnr)
  if response and response.result then result.hover = response.result.contents.value end
  client.stop()
end

local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
