using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Partners printed as a pair joined by a slash (女双冠军王某某/李某某, 组合张某/赵某某): both sides are people when the
/// left one is a whole name ending at the slash and the right one a name starting after it. One of the two must be
/// three letters or more, which a unit over a unit (公里/小时) is not.
/// </summary>
internal static class PairedNames
{
    private static readonly char[] Slashes = ['/', '／'];
    private const int MaxName = 8;

    /// <summary>The shortest name on either side of the slash: a surname and a given letter.</summary>
    private const int MinName = 2;

    /// <summary>The length one of the two sides must reach, which a unit over a unit (公里/小时, two letters a side) does not.</summary>
    private const int MinLongerSide = 3;

    public static void Add(string body, List<EntityMention> found)
    {
        for (var slash = body.AsSpan().IndexOfAny(Slashes); slash >= 0;)
        {
            var left = LeftNameStart(body, slash);
            var right = left < 0 ? 0 : PersonNameReader.NameLengthAt(body, slash + 1);
            if (right >= MinName && Math.Max(slash - left, right) >= MinLongerSide)
            {
                AddName(body, left, slash, found);
                AddName(body, slash + 1, slash + 1 + right, found);
            }
            var rest = slash + 1 < body.Length ? body.AsSpan(slash + 1).IndexOfAny(Slashes) : -1;
            slash = rest < 0 ? -1 : slash + 1 + rest;
        }
    }

    /// <summary>Where the longest name that ends right at the slash starts, or -1.</summary>
    private static int LeftNameStart(string body, int slash)
    {
        for (var start = Math.Max(0, slash - MaxName); start <= slash - MinName; start++)
        {
            if (HanText.IsHan(body[start]) && PersonNameReader.NameLengthAt(body, start) == slash - start)
            {
                return start;
            }
        }
        return -1;
    }

    private static void AddName(string body, int start, int end, List<EntityMention> found)
    {
        if (!MentionSpans.AnyOverlapping(found, start, end))
        {
            found.Add(new EntityMention(MentionKind.Person, body[start..end], body[start..end], null, null, start, end, EntityRules.PairedName));
        }
    }
}
