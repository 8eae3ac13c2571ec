using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Families named by their head in a list (某市某某某家庭、某某某家庭|2户家庭入选, 评出某某家庭和某某某家庭): award and
/// campaign reports name households by the name of one member, so each name before 家庭 in a list of two or more such
/// items is a person. One item alone is not read: a word before 家庭 (单亲家庭, 军人家庭) opens with a surname's letter
/// too often, and a list of names checks each against the others.
/// </summary>
internal static class FamilyHeads
{
    private const string Family = "家庭";
    private const int MinItems = 2;
    /// <summary>Letters after which a listed name may start (、某某家庭, 和某某家庭, 是某某家庭).</summary>
    private static readonly CharSet Leads = new("、和与及的是有为了");
    private static readonly CharSet Joins = new("、和与及");

    public static void Add(string body, IReadOnlyList<EntityMention> places, IReadOnlyList<EntityMention> organisations, List<EntityMention> found)
    {
        List<(int Start, int End)>? run = null;
        var runEnd = -1;
        for (var at = body.IndexOf(Family, StringComparison.Ordinal); at >= 0; at = body.IndexOf(Family, at + Family.Length, StringComparison.Ordinal))
        {
            var start = HeadStart(body, at, places, organisations);
            if (start < 0)
            {
                AddRun(body, run, found);
                run = null;
                continue;
            }
            if (run is not null && start == runEnd + 1 && Joins.Contains(body[runEnd]))
            {
                run.Add((start, at));
            }
            else
            {
                AddRun(body, run, found);
                run = [(start, at)];
            }
            runEnd = at + Family.Length;
        }
        AddRun(body, run, found);
    }

    private static void AddRun(string body, List<(int Start, int End)>? run, List<EntityMention> found)
    {
        if (run is null || run.Count < MinItems)
        {
            return;
        }
        foreach (var (start, end) in run)
        {
            if (!MentionSpans.AnyOverlapping(found, start, end))
            {
                found.Add(new EntityMention(MentionKind.Person, body[start..end], body[start..end], null, null, start, end, EntityRules.FamilyHead));
            }
        }
    }

    /// <summary>
    /// Where the name before 家庭 at <paramref name="family"/> starts, or -1: a surname and one or two letters whose first
    /// two make no word of the dictionary (军人 does) and whose last two no common one (高|收入, 双|职工), after a lead, a mark,
    /// or a place or body that ends there (某市|某某某家庭).
    /// </summary>
    private static int HeadStart(string body, int family, IReadOnlyList<EntityMention> places, IReadOnlyList<EntityMention> organisations)
    {
        for (var length = 3; length >= 2; length--)
        {
            var start = family - length;
            if (start < 0 || !Surnames.IsSurname(body[start]) || PersonNameReader.NameLengthAt(body, start) < length
                || CommonWords.Find(body.AsSpan(start, 2)) is not null
                || (length == 3 && (CommonWords.Find(body.AsSpan(start, 3)) is not null || IsCommonNoun(body.AsSpan(family - 2, 2)))))
            {
                continue;
            }
            if (!HanText.IsHanAt(body, start - 1) || Leads.Contains(body[start - 1])
                || MentionSpans.EndingAt(places, start) is not null || MentionSpans.EndingAt(organisations, start) is not null)
            {
                return start;
            }
        }
        return -1;
    }

    /// <summary>Tags of proper nouns: a given name of two letters is often one (建国, 建华), never a common noun or verb (收入, 职工).</summary>
    private static readonly HashSet<string> ProperTags = new(StringComparer.Ordinal) { "nr", "nrt", "nrfg", "ns", "nz" };

    /// <summary>Whether the two letters after a surname make a word of the dictionary that is no proper noun (高|收入, 双|职工).</summary>
    private static bool IsCommonNoun(ReadOnlySpan<char> given) => CommonWords.Find(given) is { } word && !ProperTags.Contains(word.Tag);
}
