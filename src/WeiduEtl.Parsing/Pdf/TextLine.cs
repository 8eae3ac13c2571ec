namespace WeiduEtl.Parsing.Pdf;

/// <summary>Glyphs on one baseline that read as one run: no gap wider than a character between them.</summary>
internal sealed record TextLine(string Text, Box Box, double Baseline, double Size)
{
    /// <summary>True when the text is a single ASCII letter or digit at its end (a word may continue on the next line).</summary>
    public bool EndsLatin => Text.Length > 0 && char.IsAsciiLetterOrDigit(Text[^1]);

    public bool StartsLatin => Text.Length > 0 && char.IsAsciiLetterOrDigit(Text[0]);
}
