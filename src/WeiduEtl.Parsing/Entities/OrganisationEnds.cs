using System.Runtime.CompilerServices;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The places of a body where <see cref="OrganisationFinder"/>'s readings may end: after the last letter, or the last
/// two, of a national body's name or of an institution ending. A superset of where a name ends: the walk tests each again.
/// </summary>
/// <remarks>The letter's roles come from one table and the tests are combined without a branch, as in <see cref="PersonReadingStarts"/>.</remarks>
internal static class OrganisationEnds
{
    private const int BodyLast = 1;
    private const int BodyOneLetter = 2;
    private const int SuffixLast = 4;
    private const int SuffixOneLetter = 8;

    private static readonly WordIndex Bodies = OrganisationFinder.Bodies;
    private static readonly WordIndex Suffixes = OrganisationSuffixes.Suffixes;

    private static readonly LetterRoles Roles = new(Bodies.Lasts.Contains, Bodies.OneLetterWords.Contains, Suffixes.Lasts.Contains, Suffixes.OneLetterWords.Contains);

    /// <summary>Writes the ends (exclusive) where a name may end into <paramref name="ends"/> (as long as the body) in ascending order; returns how many.</summary>
    public static int Find(string body, int[] ends)
    {
        var count = 0;
        var before = '\0';
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var roles = Roles.Of(c);
            ends[count] = i + 1;
            count += MayEnd(before, c, roles) ? 1 : 0;
            before = c;
        }
        return count;
    }

    /// <summary>Non-short-circuit operators on purpose: each test is a few instructions, a wrong guess of a branch tens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayEnd(char before, char last, int roles) =>
        ((roles & BodyLast) != 0 & ((roles & BodyOneLetter) != 0 | Bodies.EndPairs.MayContain(before, last)))
        | ((roles & SuffixLast) != 0 & ((roles & SuffixOneLetter) != 0 | Suffixes.EndPairs.MayContain(before, last)));
}
