using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Names enclosed by 包括…在内 'including … among them' (包括王某某在内的5人, 包括张某、李某某在内): the frame counts people
/// in, so the full names that fill it whole are people. A place fills it as often (包括杭州在内的城市), so a name must be a
/// surname and two letters or a foreign name, and end in no place's last letter.
/// </summary>
internal static class IncludedNames
{
    private const string Opening = "包括";
    private const string Closing = "在内";
    private const int MinName = 3;
    private const int MaxNames = 6;
    private static readonly CharSet PlaceEndings = new("村庄集镇乡县区市省州路街屯寨湾井山河湖港站桥园城楼馆");

    public static void Add(string body, IReadOnlyList<EntityMention> places, List<EntityMention> found)
    {
        for (var at = body.IndexOf(Opening, StringComparison.Ordinal); at >= 0; at = body.IndexOf(Opening, at + Opening.Length, StringComparison.Ordinal))
        {
            var names = PersonFinder.ReadNames(body, at + Opening.Length, introduced: false);
            if (names.Count == 0 || names.Count > MaxNames || !body.AsSpan(names[^1].End).StartsWith(Closing, StringComparison.Ordinal)
                || names.Exists(n => n.End - n.Start < MinName || PlaceEndings.Contains(body[n.End - 1]) || Countries.At(body, n.Start) is not null
                    || places.Any(p => p.CharStart < n.End && n.Start < p.CharEnd)))
            {
                continue;
            }
            foreach (var (start, end) in names)
            {
                if (!MentionSpans.AnyOverlapping(found, start, end))
                {
                    found.Add(new EntityMention(MentionKind.Person, body[start..end], body[start..end], null, null, start, end, EntityRules.NameList));
                }
            }
        }
    }
}
