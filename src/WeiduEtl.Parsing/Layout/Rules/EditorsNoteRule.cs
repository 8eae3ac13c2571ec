using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The signature that ends an editor's note (——编者, ——编 者, （编者）): a line of the note, never a headline or a
/// kicker, however short. What follows it is the article or the package the note introduced.
/// </summary>
internal static partial class EditorsNoteRule
{
    // The pattern opens with a dash or a bracket: other lines are passed over without folding them.
    public static bool IsSignature(string text) =>
        Punctuation.FirstFoldedLetter(text) is '-' or '—' or '―' or '(' && Signature().IsMatch(Punctuation.FoldTrimmed(text));

    [GeneratedRegex(@"^(?:[-—―]{1,2}\s*编\s*者|\(\s*编\s*者\s*\))$")]
    private static partial Regex Signature();
}
