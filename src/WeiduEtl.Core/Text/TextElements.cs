using System.Globalization;
using System.Runtime.CompilerServices;

namespace WeiduEtl.Core.Text;

/// <summary>
/// How many letters a reader counts in a text without its line breaks: its text elements (extended grapheme clusters,
/// <see cref="StringInfo.LengthInTextElements"/>).
/// </summary>
public static class TextElements
{
    /// <summary>The text elements of <paramref name="text"/> once every line break (U+000A) is taken out.</summary>
    /// <remarks>
    /// <see cref="StringInfo"/> builds an array of every element's start to count them; an article body is thousands of
    /// letters. A text of letters that join nothing on either side (printable ASCII, Latin letters without combining
    /// marks, CJK ideographs and punctuation, symbols and number forms, full-width forms: grapheme break property Other, UAX #29) has one element a
    /// letter, so it is counted letter by letter; any other letter sends the whole text to <see cref="StringInfo"/>.
    /// </remarks>
    public static int CountWithoutLineBreaks(string text)
    {
        var count = 0;
        foreach (var ch in text)
        {
            if (ch == '\n')
            {
                continue;
            }
            if (!StandsAlone(ch))
            {
                return new StringInfo(text.Replace("\n", "", StringComparison.Ordinal)).LengthInTextElements;
            }
            count++;
        }
        return count;
    }

    /// <summary>Letters of grapheme break property Other that no rule of UAX #29 joins to a neighbour of the same kind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StandsAlone(char ch) => ch switch
    {
        >= ' ' and <= '~' => true,
        >= '\u00A0' and <= '\u00AC' or >= '\u00AE' and <= '\u024F' => true,
        >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E' or >= '\u2100' and <= '\u2BFF' => true,
        >= '\u3000' and <= '\u3029' or >= '\u3030' and <= '\u303F' => true,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' => true,
        >= '\uFF01' and <= '\uFF60' => true,
        _ => false,
    };
}
