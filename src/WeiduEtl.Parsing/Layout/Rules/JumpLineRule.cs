using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// Jump lines that tie an article to another page: a paragraph opening with（上接第一版）continues an item
/// printed elsewhere, and（下转第3版）at the end of a paragraph sends the rest of the item elsewhere.
/// </summary>
internal static partial class JumpLineRule
{
    // The pattern opens with a bracket: other lines are passed over without folding them.
    public static bool IsContinuedFromElsewhere(string text) =>
        Punctuation.FirstFoldedLetter(text) == '(' && ContinuedFrom().IsMatch(Punctuation.FoldTrimmed(text));

    /// <summary>True when the text is a（下转…版）and nothing else.</summary>
    public static bool IsContinuedOnOnly(string text) => StripContinuedOn(text) is { Length: 0 };

    /// <summary>The paragraph without its trailing（下转…版）, or null when it has none.</summary>
    public static string? StripContinuedOn(string text)
    {
        var printed = Punctuation.TrimSpaces(text);
        var m = ContinuedOn().Match(Punctuation.Fold(printed));
        return m.Success ? Punctuation.TrimSpaces(printed[..m.Index]) : null;
    }

    [GeneratedRegex(@"^\(\s*(?:上接|接上)第?\s*[0-9一二三四五六七八九十A-Z]{1,3}\s*版\s*\)")]
    private static partial Regex ContinuedFrom();

    [GeneratedRegex(@"\(\s*(?:下转|转)第?\s*[0-9一二三四五六七八九十A-Z]{1,3}\s*版\s*\)\s*$")]
    private static partial Regex ContinuedOn();
}
