/**
 * Numbers may use a decimal comma, as Dutch writes them: `2,5` is two and a half.
 * Strings without an escape are cut out of the token in one piece: Langium's converter builds every
 * string a character at a time, which leaves a chain of tiny string pieces per description for the
 * collector and for whoever reads the description next (checks, the live model, JSON).
 */
import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class TocValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') return Number(input.replace(',', '.'));
        if (rule.name === 'STRING') return input.includes('\\') ? ValueConverter.convertString(input) : input.substring(1, input.length - 1);
        return super.runConverter(rule, input, cstNode);
    }
}
