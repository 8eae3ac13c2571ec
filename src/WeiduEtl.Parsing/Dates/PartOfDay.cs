namespace WeiduEtl.Parsing.Dates;

/// <summary>The part of the day printed right after a date: 8月12日晚, 8月18日下午.</summary>
internal static class PartOfDay
{
    private static readonly string[] Words =
        ["凌晨", "清晨", "早晨", "早上", "上午", "中午", "午后", "下午", "傍晚", "晚上", "晚间", "夜间", "夜里", "深夜", "半夜", "白天", "晚", "夜"];

    /// <summary>After 晚 or 夜 these make a noun (晚会, 夜市), not a time of day.</summary>
    private const string NounAfterSingle = "会宴餐饭报些于辈市校班景空色";

    public static string? After(string text, int position)
    {
        foreach (var word in Words)
        {
            if (!text.AsSpan(position).StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }
            var next = position + word.Length;
            if (word.Length == 1 && next < text.Length && NounAfterSingle.Contains(text[next], StringComparison.Ordinal))
            {
                return null;
            }
            return word;
        }
        return null;
    }
}
