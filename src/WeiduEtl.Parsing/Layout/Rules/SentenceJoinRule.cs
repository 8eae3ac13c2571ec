using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// Rejoins a sentence that a column end or a picture cut (倍 + 感亲切。 → 倍感亲切。) and drops text the dump
/// printed twice: a block wholly contained in the paragraph before it, or an overlap where the cut was repeated.
/// </summary>
internal static partial class SentenceJoinRule
{
    public const int MinRepeatedLength = 8;
    public const int MinOverlap = 6;

    /// <summary>
    /// True when the paragraph stops mid-sentence, so the next body text continues it. A paragraph wholly in brackets
    /// (a law's（…会议通过）under its title, an editor's note) is complete as printed, and an address, a contact line
    /// (传真：…) or a reader's signature ends its line though no full stop does.
    /// </summary>
    public static bool IsOpen(string paragraph)
    {
        if (Punctuation.IsTerminated(paragraph) || EditorsNoteRule.IsSignature(paragraph)
            || ContactLineRule.IsContactLine(paragraph) || ReaderSignatureRule.IsSignature(paragraph) || EndsInWritersNames(paragraph))
        {
            return false;
        }
        var folded = Punctuation.FoldTrimmed(paragraph);
        return !(folded.Length > 2 && folded[0] == '(' && folded[^1] == ')');
    }

    public static bool IsRepeatedFragment(string previous, string block)
    {
        var text = Punctuation.TrimSpaces(block);
        return Punctuation.VisibleLength(text) >= MinRepeatedLength && previous.Contains(text, StringComparison.Ordinal);
    }

    public static string Join(string previous, string next)
    {
        var head = previous.TrimEnd(' ', '\u3000');
        var tail = Punctuation.TrimSpaces(next);
        for (var k = Math.Min(head.Length, tail.Length) - 1; k >= MinOverlap; k--)
        {
            if (string.CompareOrdinal(head, head.Length - k, tail, 0, k) == 0)
            {
                tail = tail[k..];
                break;
            }
        }
        var needsSpace = head.Length > 0 && tail.Length > 0 && char.IsAsciiLetter(head[^1]) && char.IsAsciiLetter(tail[0]);
        return needsSpace ? head + " " + tail : head + tail;
    }

    /// <summary>
    /// An evening paper glues its writers' names to the last line (…就好了。”王小明 李芳): two or three names after the
    /// last sentence's end close the paragraph. One name alone could be the subject of a cut sentence (…。”李明说).
    /// </summary>
    private static bool EndsInWritersNames(string paragraph) =>
        GluedNames().Match(Punctuation.FoldTrimmed(paragraph)) is { Success: true } m
        && m.Groups["name"].Captures.All(c => PersonNames.IsBareName(c.Value));

    [GeneratedRegex(@"[。!?][”’」』)]*\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,3})(?:\s+(?<name>\p{IsCJKUnifiedIdeographs}{2,3})){1,2}$")]
    private static partial Regex GluedNames();
}
