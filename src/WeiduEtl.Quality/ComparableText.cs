using System.Text;

namespace WeiduEtl.Quality;

/// <summary>Text as the scorer compares it: compatibility-folded (full-width and half-width forms alike), without
/// white space, so a line broken or spaced differently by a layout still compares equal.</summary>
public static class ComparableText
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    /// <summary>A header line without the dashes that lead a subheadline or end a lead-in, which layouts print either way.</summary>
    public static string OfHeaderLine(string? line) => Of(line).Trim('—', '-', '─', '－');

    /// <summary>The distinct runs of <paramref name="size"/> letters in <paramref name="comparable"/>.</summary>
    public static HashSet<string> Shingles(string comparable, int size)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (comparable.Length < size)
        {
            if (comparable.Length > 0)
            {
                set.Add(comparable);
            }
            return set;
        }
        for (var i = 0; i + size <= comparable.Length; i++)
        {
            set.Add(comparable.Substring(i, size));
        }
        return set;
    }

    /// <summary>The sentences of a paragraph, each ending at 。！？ (with closing quotes kept on the sentence).</summary>
    public static IReadOnlyList<string> Sentences(string comparable)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < comparable.Length; i++)
        {
            if (comparable[i] is not ('。' or '!' or '?' or '！' or '？'))
            {
                continue;
            }
            var end = i + 1;
            while (end < comparable.Length && comparable[end] is '”' or '’' or ')' or '」' or '』')
            {
                end++;
            }
            sentences.Add(comparable[start..end]);
            start = end;
            i = end - 1;
        }
        if (start < comparable.Length)
        {
            sentences.Add(comparable[start..]);
        }
        return sentences;
    }
}
