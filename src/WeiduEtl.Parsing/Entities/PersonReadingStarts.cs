using System.Runtime.CompilerServices;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// The letters of a body where one of <see cref="PersonFinder"/>'s readings may start: a title (its first letter, or
/// its first two), a name after a letter that may lead one, a name after a descriptor (its last letter, or its last
/// two), or a name after a closing quotation mark. A superset of where a reading starts: the walk tests each again.
/// </summary>
/// <remarks>
/// The tests pass at a third of the letters in no order, so branching on each guessed wrong at every third letter:
/// here the letter's roles are read from one table and the pair tests combined without a branch. The walk over
/// every letter took a third of the people's time before.
/// </remarks>
internal static class PersonReadingStarts
{
    private const int TitleOneLetter = 1;
    private const int TitleFirst = 2;
    private const int NameFirst = 4;
    private const int NameLead = 8;
    private const int DescriptorLast = 16;
    private const int DescriptorOneLetter = 32;
    private const int ClosingQuote = 64;

    private static readonly LetterRoles Roles = new(
        TitleLexicon.OneLetterStarts.Contains,
        TitleLexicon.FirstLetters.Contains,
        Surnames.FirstLetters.Contains,
        c => !HanText.IsHan(c) || PersonFinder.NameGate.Contains(c),
        PersonDescriptors.LastLetters.Contains,
        PersonDescriptors.OneLetterWords.Contains,
        c => c == '”');

    /// <summary>Writes the letters where a reading may start into <paramref name="starts"/> (as long as the body) in order; returns how many.</summary>
    public static int Find(string body, int[] starts)
    {
        var count = 0;
        var before = '\0';
        var secondBefore = '\0';
        var rolesBefore = Roles.Of(before);
        var last = body.Length - 1;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var roles = Roles.Of(c);
            starts[count] = i;
            count += MayStart(c, body[Math.Min(i + 1, last)], roles, before, secondBefore, rolesBefore) ? 1 : 0;
            secondBefore = before;
            before = c;
            rolesBefore = roles;
        }
        return count;
    }

    /// <summary>Non-short-circuit operators on purpose: each test is a few instructions, a wrong guess of a branch tens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStart(char c, char after, int roles, char before, char secondBefore, int rolesBefore) =>
        Has(roles, TitleOneLetter)
        | (Has(roles, TitleFirst) & TitleLexicon.MayStartWith(c, after))
        | (Has(roles, NameFirst) & Has(rolesBefore, NameLead))
        | (Has(rolesBefore, DescriptorLast) & (Has(rolesBefore, DescriptorOneLetter) | PersonDescriptors.MayEndWith(secondBefore, before)))
        | Has(rolesBefore, ClosingQuote);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Has(int roles, int role) => (roles & role) != 0;
}
