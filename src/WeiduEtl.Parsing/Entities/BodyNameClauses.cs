namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Where the run read back from a body's ending crosses the clause around the name, read by the common-word dictionary
/// (<see cref="CommonWords"/>) and the division list: a stop letter that opens an everyday word (有|效, 就|业, 使|者) is the
/// word's first letter, not a break; a verb before a place (跟随|某某市委) ends the clause the body is the object of; a
/// word for any body before a name (帮扶企业|某某能源公司, 养护单位|某市某中心) is the kind the name stands in apposition to.
/// </summary>
internal static class BodyNameClauses
{
    /// <summary>Tags of the everyday words a stop letter may open (有效 a, 使者 n, 就业 v, 有关 vn).</summary>
    private static readonly HashSet<string> ContentTags = new(StringComparer.Ordinal) { "n", "vn", "v", "a", "an" };

    private const string VerbTag = "v";

    /// <summary>Words for any body or unit, printed before the name of the one meant (子公司某某有限公司, 联系企业某某公司).</summary>
    private static readonly WordIndex BodyKinds = HanText.Longest("单位", "企业", "子公司", "母公司", "机构", "部门", "厂家", "商家");

    /// <summary>Where the stop letter before <paramref name="start"/> opens a word it is the first letter of, the run goes on; otherwise <paramref name="start"/>.</summary>
    public static int OverOpeningWord(string body, int start, int nameEnd, int maxLength)
    {
        for (var steps = 0; steps < 3 && start > 0 && start < nameEnd && NameRun.IsStopLetter(body[start - 1]) && IsContentWord(body, start - 1); steps++)
        {
            start = NameRun.StartBefore(body, start - 1, maxLength - (nameEnd - start + 1));
        }
        return start;
    }

    private static bool IsContentWord(string body, int at) =>
        at + 2 <= body.Length && CommonWords.Find(body.AsSpan(at, 2)) is { } word && ContentTags.Contains(word.Tag);

    /// <summary>
    /// Where the name opens after the last verb standing right before a division's name in the run (成员某某跟随|某某市委某办公室):
    /// a body's name opens with its place, never with a verb before it, so the verb ends the clause; <paramref name="start"/>
    /// when there is none or the run opens with a place of its own.
    /// </summary>
    public static int AfterVerbBeforePlace(string body, int start, int nameEnd)
    {
        // A run that opens with its own place is one name whatever verb it holds (某市对口支援|某省工作组).
        if (DivisionGazetteer.Shared.MatchAt(body, start) > 0 || Countries.At(body, start) is not null)
        {
            return start;
        }
        for (var at = nameEnd - 2; at >= start + 2; at--)
        {
            if (DivisionGazetteer.Shared.MayStartAt(body, at) && DivisionGazetteer.Shared.MatchAt(body, at) >= 2 && IsVerbEndingAt(body, start, at))
            {
                return at;
            }
        }
        return start;
    }

    private static bool IsVerbEndingAt(string body, int start, int end)
    {
        for (var length = 2; length <= 3 && end - length >= start; length++)
        {
            if (CommonWords.Find(body.AsSpan(end - length, length)) is { } word)
            {
                return word.Tag == VerbTag;
            }
        }
        return false;
    }

    /// <summary>Tags of words that name: places, bodies, other proper nouns, shortened names.</summary>
    private static readonly HashSet<string> NamingTags = new(StringComparer.Ordinal) { "ns", "nt", "nz", "nr", "nrt", "j" };

    /// <summary>Whether a division's or a proper name opens at <paramref name="at"/>: a place, a naming word, or two letters the dictionary does not hold.</summary>
    private static bool OpensProperName(string body, int at) =>
        DivisionGazetteer.Shared.MatchAt(body, at) > 0 || at + 2 > body.Length || CommonWords.Find(body.AsSpan(at, 2)) is not { } word || NamingTags.Contains(word.Tag);

    /// <summary>
    /// Where the name opens after a word for any body (单位, 企业, 子公司) that the rest of the run names one of: the rest opens
    /// with a place or a proper name, so the word before it says only what kind of
    /// body it is (某某帮扶企业|某某能源公司); <paramref name="start"/> when the rest opens with an everyday word (事业单位|登记管理局)
    /// or is words of a kind (企业|服务中心).
    /// </summary>
    public static int AfterBodyKind(string body, int start, int nameEnd, int end)
    {
        for (var at = nameEnd - 2; at > start; at--)
        {
            if (HanText.WordEndingAt(body, at, BodyKinds) is { } kind && at - kind.Length >= start && OpensProperName(body, at)
                && OrganisationSuffixes.EndsWithSuffix(body, at, end))
            {
                return at;
            }
        }
        return start;
    }
}
