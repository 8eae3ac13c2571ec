using System.Text;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// The texts the search indexes of migration 12 are given, each token between single spaces, which are the only
/// separators of their tokenizer (<see cref="Tokenizer"/>): for <c>集成电路</c> the pair index <c>article_pairs</c> gets
/// <c>集成 成电 电路 路</c> (each letter with the next, the last alone) and the letter index <c>article_letters</c>
/// <c>集 成 电 路</c>. A space of the text becomes a line feed in its tokens: a search term holds neither, so no term's token
/// is one of those, and every letter keeps its position. A letter is a Unicode code point, as the tokenizer counts them.
/// The store registers both as SQL functions (<see cref="PairsFunction"/>, <see cref="LettersFunction"/>).
/// </summary>
internal static class LetterPairs
{
    /// <summary>
    /// Every code point a token letter but the space: unicode61 folds case as the trigram tokenizer did (the same
    /// function, diacritics kept), and with these categories it splits nothing else.
    /// </summary>
    public const string Tokenizer = "tokenize = \"unicode61 categories 'L* M* N* P* S* Z* C*' separators ' ' remove_diacritics 0\"";

    public const string PairsFunction = "weidu_letter_pairs";

    public const string LettersFunction = "weidu_letters";

    /// <summary>Each letter of <paramref name="text"/> with the one after it, the last alone; a null text is the empty text.</summary>
    public static string Pairs(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var pairs = new StringBuilder(text.Length * 3);
        Span<char> previous = stackalloc char[2];
        Span<char> letter = stackalloc char[2];
        var previousLength = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var length = Encode(rune, letter);
            if (previousLength > 0)
            {
                pairs.Append(previous[..previousLength]).Append(letter[..length]).Append(' ');
            }
            letter[..length].CopyTo(previous);
            previousLength = length;
        }
        return pairs.Append(previous[..previousLength]).ToString();
    }

    /// <summary>Each letter of <paramref name="text"/> on its own; a null text is the empty text.</summary>
    public static string Letters(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var letters = new StringBuilder(text.Length * 2);
        Span<char> letter = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (letters.Length > 0)
            {
                letters.Append(' ');
            }
            letters.Append(letter[..Encode(rune, letter)]);
        }
        return letters.ToString();
    }

    /// <summary>The rune's UTF-16 letters, a space as a line feed; how many.</summary>
    private static int Encode(Rune rune, Span<char> letter)
    {
        if (rune.Value == ' ')
        {
            letter[0] = '\n';
            return 1;
        }
        return rune.EncodeToUtf16(letter);
    }
}
