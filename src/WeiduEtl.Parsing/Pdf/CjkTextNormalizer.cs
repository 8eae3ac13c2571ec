using System.Globalization;
using System.Text;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Cleans the text layer one letter at a time. PDF makers often map an ideograph's glyph back to the radical
/// that shares it (Chromium with Noto CJK writes ⽤ U+2F64 for 用), so radicals become unified ideographs:
/// Kangxi Radicals by their NFKC decomposition, the CJK Radicals Supplement by <see cref="RadicalSupplementMap"/>.
/// Soft hyphens, zero-width characters and private-use code points carry no text and are dropped; the counts
/// are kept so the parser can report them. NFKC is not applied to anything else: the contract keeps the
/// source's characters (full-width punctuation stays full-width).
/// </summary>
internal sealed class CjkTextNormalizer
{
    public int SoftHyphens { get; private set; }

    public int PrivateUse { get; private set; }

    public int ZeroWidth { get; private set; }

    public int Radicals { get; private set; }

    public string Normalize(string value)
    {
        if (value.Length == 1 && !NeedsWork(value[0]))
        {
            return value;
        }
        var builder = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            Append(builder, rune);
        }
        return builder.ToString();
    }

    /// <summary>One warning line for the operator, or null when nothing was stripped.</summary>
    public string? StrippedReport()
    {
        var parts = new List<string>();
        if (SoftHyphens > 0)
        {
            parts.Add($"{SoftHyphens} soft hyphen(s) U+00AD");
        }
        if (PrivateUse > 0)
        {
            parts.Add($"{PrivateUse} private-use character(s) (a font's own code points, no Unicode meaning)");
        }
        if (ZeroWidth > 0)
        {
            parts.Add($"{ZeroWidth} zero-width character(s)");
        }
        return parts.Count == 0 ? null : "stripped from the text layer: " + string.Join(", ", parts);
    }

    private static bool NeedsWork(char ch) =>
        ch is '\u00AD' or >= '\u200B' and <= '\u200D' or '\uFEFF' or '\u2060' or >= '\u2E80' and <= '\u2FDF'
            or >= '\uE000' and <= '\uF8FF' || char.IsSurrogate(ch);

    private void Append(StringBuilder builder, Rune rune)
    {
        var value = rune.Value;
        if (value == 0xAD)
        {
            SoftHyphens++;
        }
        else if (value is >= 0x200B and <= 0x200D or 0xFEFF or 0x2060)
        {
            ZeroWidth++;
        }
        else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.PrivateUse)
        {
            PrivateUse++;
        }
        else if (value is >= 0x2E80 and <= 0x2EFF && RadicalSupplementMap.TryMap((char)value, out var ideograph))
        {
            Radicals++;
            builder.Append(ideograph);
        }
        else if (value is >= 0x2F00 and <= 0x2FDF)
        {
            var folded = rune.ToString().Normalize(NormalizationForm.FormKC);
            Radicals += folded.Length == 1 && folded[0] != value ? 1 : 0;
            builder.Append(folded);
        }
        else
        {
            builder.Append(rune.ToString());
        }
    }
}
