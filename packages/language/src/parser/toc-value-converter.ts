/** Numbers may use a decimal comma, as Dutch writes them: `2,5` is two and a half. */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class TocValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') return Number(input.replace(',', '.'));
        return super.runConverter(rule, input, cstNode);
    }
}
