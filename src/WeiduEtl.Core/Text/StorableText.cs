using System.Text;

namespace WeiduEtl.Core.Text;

/// <summary>
/// Text as it may be stored and published: noncharacters (U+FFFE, U+FDD0…) and NUL removed, an unpaired surrogate
/// replaced by U+FFFD, then NFC. Such code points are not meant for interchange, .NET refuses to normalise a string
/// holding noncharacters and PostgreSQL refuses text holding NUL, so they are taken out before anything else touches
/// the text.
/// </summary>
public static class StorableText
{
    /// <summary>The text in NFC with every code point that cannot be stored taken out; <paramref name="removed"/> counts them.</summary>
    public static string Clean(string text, out int removed)
    {
        ArgumentNullException.ThrowIfNull(text);
        removed = 0;
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var width = 1;
            string? replacement = null;
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                if (IsNoncharacter(char.ConvertToUtf32(ch, text[i + 1])))
                {
                    replacement = "";
                }
            }
            else if (char.IsSurrogate(ch))
            {
                replacement = "\uFFFD";
            }
            else if (ch == '\0' || IsNoncharacter(ch))
            {
                replacement = "";
            }

            if (replacement is not null)
            {
                removed++;
                cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
                cleaned.Append(replacement);
            }
            else
            {
                cleaned?.Append(text, i, width);
            }
            i += width - 1;
        }
        return (cleaned?.ToString() ?? text).Normalize(NormalizationForm.FormC);
    }

    /// <inheritdoc cref="Clean(string, out int)"/>
    public static string? Clean(string? text) => text is null ? null : Clean(text, out _);

    /// <summary>
    /// Whether <see cref="Clean(string, out int)"/> would take nothing out of <paramref name="text"/> (null holds nothing).
    /// Any surrogate counts as something to look at: a pair may be a noncharacter of another plane.
    /// </summary>
    public static bool HoldsNothingToRemove(string? text)
    {
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && span.IndexOfAnyInRange('\uFDD0', '\uFDEF') < 0
            && span.IndexOfAny('\0', '\uFFFE', '\uFFFF') < 0;
    }

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…).</summary>
    public static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
