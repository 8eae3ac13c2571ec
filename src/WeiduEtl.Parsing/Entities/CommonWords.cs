using System.Reflection;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Common Chinese words of two and three letters with their frequency and tag, from jieba's dictionary
/// (Data/jieba-words.tsv, MIT; person-name words left out), loaded once on first use.
/// </summary>
internal static class CommonWords
{
    private static readonly Dictionary<string, CommonWord> Words = Load();

    public static CommonWord? Find(ReadOnlySpan<char> word) =>
        Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var found) ? found : null;

    private static Dictionary<string, CommonWord> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WeiduEtl.Parsing.Entities.jieba-words.tsv")
            ?? throw new InvalidOperationException("The embedded word list jieba-words.tsv is missing from WeiduEtl.Parsing.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, CommonWord>(StringComparer.Ordinal);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                continue;
            }
            var tag = tags.TryGetValue(parts[2], out var known) ? known : tags[parts[2]] = parts[2];
            words[parts[0]] = new CommonWord(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), tag);
        }
        return words;
    }
}
