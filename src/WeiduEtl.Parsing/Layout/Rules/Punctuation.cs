namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// Full-width and half-width punctuation alike. <see cref="Fold"/> maps one character to one character,
/// so an offset found in the folded text is the same offset in the printed text.
/// </summary>
internal static class Punctuation
{
    private const string SentenceEnds = "。.!?…;:";
    private const string ClosingQuotes = "”’\"'」』";

    // Arrays made once: Trim(params char[]) would allocate one on every call, and this runs for every line of a page.
    private static readonly char[] ClosingQuoteChars = ClosingQuotes.ToCharArray();
    private static readonly char[] Spaces = [' ', '\u3000', '\u00A0', '\t', '\uFEFF', '\u200B'];

    // Every block's text is folded by a dozen rules, so Fold was a tenth of a text page's parse: a table (made from
    // FoldOne, the one definition) answers per character, and a text with nothing to fold is returned as it is.
    private static readonly char[] Folded = FoldTable();

    /// <summary>Texts this thread folded lately, by reference, with their foldings.</summary>
    /// <remarks>
    /// The rules fold a block's text one after another, but fold its lines and trimmed pieces between: with only the
    /// last text kept, the block's text was folded again several times (a tenth of a text page's allocations).
    /// </remarks>
    [ThreadStatic]
    private static (string? Text, string? Folded)[]? recentFolds;

    [ThreadStatic]
    private static int nextFold;

    private const int RecentFolds = 8;

    public static string Fold(string text)
    {
        var recent = recentFolds ??= new (string?, string?)[RecentFolds];
        foreach (var (seen, folding) in recent)
        {
            if (seen is not null && ReferenceEquals(seen, text))
            {
                return folding!;
            }
        }
        var folded = FoldAnew(text);
        recent[nextFold] = (text, folded);
        nextFold = (nextFold + 1) % RecentFolds;
        return folded;
    }

    private static string FoldAnew(string text)
    {
        var first = 0;
        while (first < text.Length && Folded[text[first]] == text[first])
        {
            first++;
        }
        if (first == text.Length)
        {
            return text;
        }
        return string.Create(text.Length, (text, first), static (folded, state) =>
        {
            state.text.AsSpan().CopyTo(folded);
            for (var i = state.first; i < folded.Length; i++)
            {
                folded[i] = Folded[folded[i]];
            }
        });
    }

    public static char Fold(char ch) => Folded[ch];

    private static char[] FoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var ch = 0; ch <= char.MaxValue; ch++)
        {
            table[ch] = FoldOne((char)ch);
        }
        return table;
    }

    private static char FoldOne(char ch) => ch switch
    {
        '\u3000' or '\u00A0' or '\t' => ' ',
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '，' => ',',
        '；' => ';',
        '！' => '!',
        '？' => '?',
        '／' => '/',
        '【' => '[',
        '】' => ']',
        '．' => '.',
        '－' => '-',
        '｜' => '|',
        >= '０' and <= '９' => (char)(ch - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(ch - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(ch - 'ａ' + 'a'),
        _ => ch,
    };

    /// <summary>
    /// True when the text opens a quotation or bracket it does not close (“杭州东站要成为…服务综): a piece of a sentence
    /// the layout cut, never a whole line of display type.
    /// </summary>
    public static bool LeavesMarkOpen(string text)
    {
        var depth = 0;
        foreach (var ch in text)
        {
            depth += ch switch
            {
                '“' or '‘' or '《' or '（' or '(' or '「' or '『' => 1,
                '”' or '’' or '》' or '）' or ')' or '」' or '』' => -1,
                _ => 0,
            };
        }
        return depth > 0;
    }

    /// <summary>Trims ordinary, full-width and no-break spaces.</summary>
    public static string TrimSpaces(string text) => text.Trim(Spaces);

    /// <summary>The text without its outer spaces, folded: how most rules read a line.</summary>
    public static string FoldTrimmed(string text) => Fold(TrimSpaces(text));

    /// <summary>
    /// The first letter of <c>FoldTrimmed(text)</c>, or '\0' when the text is all spaces, without making either:
    /// rules whose patterns open with one mark pass over the other lines of a page so.
    /// </summary>
    public static char FirstFoldedLetter(string text)
    {
        var trimmed = text.AsSpan().TrimStart(Spaces);
        return trimmed.IsEmpty ? '\0' : Folded[trimmed[0]];
    }

    /// <summary>The length of <c>TrimSpaces(text)</c>, without making it.</summary>
    public static int TrimmedLength(string text) => text.AsSpan().Trim(Spaces).Length;

    /// <summary>True when the text ends a sentence (。！？…；： or a closing quote after one).</summary>
    public static bool IsTerminated(string text)
    {
        var folded = FoldTrimmed(text).TrimEnd(ClosingQuoteChars);
        return folded.Length > 0 && SentenceEnds.Contains(folded[^1], StringComparison.Ordinal);
    }

    /// <summary>True when a sentence ends somewhere before the end of the text, as in a body fragment.</summary>
    public static bool HasInnerSentenceEnd(string text)
    {
        var folded = FoldTrimmed(text);
        for (var i = 0; i < folded.Length - 1; i++)
        {
            if (folded[i] is '。' or '!' or '?' && !IsTailOfPunctuation(folded, i + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the text ends in a mark that never closes a headline: a comma, 、 or colon.</summary>
    public static bool EndsMidClause(string text)
    {
        var folded = FoldTrimmed(text);
        return folded.Length > 0 && folded[^1] is ',' or '、' or ':' or ';' or '—' or '-' or '(' or '“' or '《';
    }

    public static bool IsHan(char ch) => ch is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '〇';

    /// <summary>The text without its white space (王 强 → 王强, 老街换新颜 —— → 老街换新颜——).</summary>
    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Characters of the text that are not white space.</summary>
    public static int VisibleLength(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            // No white space is above U+3000, where Chinese letters are: they skip the Unicode table's lookup.
            if (c > '\u3000' || !char.IsWhiteSpace(c))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsTailOfPunctuation(string folded, int from)
    {
        for (var i = from; i < folded.Length; i++)
        {
            if (!(ClosingQuotes.Contains(folded[i], StringComparison.Ordinal) || folded[i] is '。' or '!' or '?' or '…' or ')' or ' '))
            {
                return false;
            }
        }
        return true;
    }
}
