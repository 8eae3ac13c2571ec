using WeiduEtl.Parsing.Entities;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Measure words that are also other words (排 a row or "to arrange", 道 a road or "to say", 则 "then", 孔 a hole, 扇 a fan,
/// 尊 "to honour", 顶 "top", 副 "deputy", 茬 a stubble, 车 a vehicle where it counts truckloads, 堆 "to pile" where it counts
/// heaps): they count only where the grammar of a count is plain. Either a numeral of two or more stands before the noun
/// counted, a word the dictionary tags as a noun (两道工序, 三则消息, 5孔窑洞, 两顶帐篷, 500副春联), or Arabic digits close a
/// tally after the noun (通道11道，, 座椅3排。, 一年3茬，: crops a year; 清运垃圾37车。, 清理柴火120余堆，). The indefinite 一
/// (一道难题, 一则消息) is "a", not a count, and a number after 第 or a preposition of place (坐在5排) names a position.
/// </summary>
internal static class CountedNouns
{
    public const string Units = "排 道 则 孔 扇 尊 顶 副 茬 车 堆";

    private static readonly string[] UnitList = Units.Split(' ');

    /// <summary>
    /// 副 counts pairs and sets after Arabic digits whatever follows (500副春联, 30副手套): a deputy is counted with 名 or 位,
    /// never straight after digits.
    /// </summary>
    private const string Pairs = "副";

    private static readonly string[] NounTags = ["n", "nz", "ng"];

    // 第 and a preposition of place before the number make it a position, not a count (第3排, 坐在5排, 停到2道).
    private const string PositionMarks = "第在到于至";

    public static bool IsCountedNoun(string unit) => UnitList.Contains(unit);

    public static bool Counts(string text, int position, string unit)
    {
        // 余 and 多 may stand between the number and its measure word (清理柴火120余堆).
        var numberEnd = MeasureGuards.BeforeApproximation(text, position);
        var start = MeasureGuards.NumberStart(text, numberEnd);
        if (start == numberEnd || start > 0 && (PositionMarks.Contains(text[start - 1], StringComparison.Ordinal) || char.IsAsciiLetter(text[start - 1])))
        {
            return false;
        }
        var after = position + unit.Length;
        if (MeasureGuards.AfterArabicNumber(text, position) && start > 0 && FigureReader.IsHan(text[start - 1])
            && (LabelWords.EndsClauseAt(text, after) || unit == Pairs))
        {
            return true;
        }
        if (numberEnd - start == 1 && text[start] == '一')
        {
            return false;
        }
        return CountedNoun(text, after, 3) || CountedNoun(text, after, 2);
    }

    private static bool CountedNoun(string text, int at, int length) =>
        at + length <= text.Length && CommonWords.Find(text.AsSpan(at, length)) is { } word && NounTags.Contains(word.Tag);
}
