namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// How features name the people they meet without a full name (郭姐, 王师傅, 李大妈, 老杨, 小李): not people to
/// publish, but the speaker of what they say, as printed.
/// </summary>
internal static class AddressForms
{
    private static readonly WordIndex Honorifics = HanText.Longest(
        "师傅", "阿姨", "大爷", "大伯", "大妈", "大娘", "大姐", "大哥", "大叔", "大婶", "奶奶", "爷爷", "叔叔", "婶婶", "老汉", "老伯", "老人",
        "先生", "女士", "老师", "医生", "书记", "主任", "经理", "支书", "姐", "哥", "叔", "婶", "姨", "伯", "嫂", "总");

    private static readonly CharSet Familiar = new("老小");

    /// <summary>The honorific starting at <paramref name="index"/> (师傅, 大姐), or null.</summary>
    public static string? HonorificAt(string text, int index) => HanText.WordAt(text, index, Honorifics);

    /// <summary>
    /// Where a kind of person ending at <paramref name="kindEnd"/> ends with the form of address after it, when one follows
    /// and ends before <paramref name="limit"/> (读者李女士来信反映：, 市民张先生打来电话：: the kind describes that one person);
    /// <paramref name="kindEnd"/> otherwise.
    /// </summary>
    public static int EndAfterKind(string text, int kindEnd, int limit) =>
        (LengthAt(text, kindEnd) is > 0 and var address ? address : NicknameLengthAt(text, kindEnd)) is > 0 and var length && kindEnd + length < limit
            ? kindEnd + length
            : kindEnd;

    private static readonly CharSet NicknameOpenings = new("小老阿");

    /// <summary>
    /// 小, 老 or 阿 and one letter right before a verb of saying (网友小甜回复道, 车主阿强说): the name the kind before it knows
    /// its one person by, surname or not; 0 when none stands there.
    /// </summary>
    private static int NicknameLengthAt(string text, int index) =>
        index + 2 < text.Length && NicknameOpenings.Contains(text[index]) && HanText.IsHan(text[index + 1]) && SpeechVerbs.After(text, index + 2) is not null ? 2 : 0;

    /// <summary>Whether a form of address ends at <paramref name="end"/>, starting no earlier than <paramref name="start"/> (居民|马叔|的).</summary>
    public static bool EndsAt(string text, int start, int end)
    {
        for (var at = Math.Max(start, end - MaxLength); at <= end - 2; at++)
        {
            if (LengthAt(text, at) == end - at)
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxLength = 4;

    /// <summary>Length of the form of address starting at <paramref name="index"/>, 0 when none does.</summary>
    public static int LengthAt(string text, int index)
    {
        if (index + 1 >= text.Length)
        {
            return 0;
        }
        // 小时 and 小康 are words, not the young 时 or 康.
        if (Familiar.Contains(text[index]) && Surnames.IsSurname(text[index + 1]) && !(text[index] == '小' && text[index + 1] is '时' or '康'))
        {
            return 2;
        }
        var surname = Surnames.SurnameLengthAt(text, index);
        var honorific = surname > 0 ? HanText.WordAt(text, index + surname, Honorifics) : null;
        // 李总 is an address before a verb; 李总结 is not.
        if (honorific is null || (honorific == "总" && HanText.IsHanAt(text, index + surname + 1) && !PersonNameReader.StartsPredicate(text, index + surname + 1)))
        {
            return 0;
        }
        return surname + honorific.Length;
    }
}
