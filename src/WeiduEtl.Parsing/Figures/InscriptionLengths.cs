using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 石壁上刻着14个大字——…, 写着“…”八个字: how many characters an inscription or a slogan printed beside it has describes
/// the text, not a quantity. Only a count of 字 (大字, 金字, 红字) with the quotation right before it or a dash, a colon or an
/// opening quotation mark right after it; 全文共3000字 is the length of a document and stays.
/// </summary>
internal static class InscriptionLengths
{
    private static readonly string[] CharacterWords = ["大字", "金字", "红字", "字"];

    private static readonly string[] Openings = ["——", "—", "：", ":", "“", "「"];

    public static bool IsInscriptionLength(string body, FigureCandidate figure)
    {
        if (figure.Unit != "个" || body.WordAt(figure.End, CharacterWords) is not { } word)
        {
            return false;
        }
        var quotedBefore = figure.Start > 0 && body[figure.Start - 1] is '”' or '」';
        return quotedBefore || body.WordAt(figure.End + word.Length, Openings) is not null;
    }
}
