using WeiduEtl.Core.Rows;

namespace WeiduEtl.Worker.Benchmark;

/// <summary>
/// What people would type, taken from the stored headlines: pieces of three or four letters (PostgreSQL's trigram
/// index, SQLite's phrases of letter pairs) and a quarter as many of one or two (one token of SQLite's letter or pair
/// index; 40 gave a p95 decided by the second slowest), the same every run (a fixed seed).
/// </summary>
internal static class SearchQueries
{
    public static (List<string> Indexed, List<string> Short) From(IEnumerable<IssueRecord> templates, int count)
    {
        var random = new Random(16);
        var headlines = templates.SelectMany(t => t.Articles).Select(a => a.Headline).OfType<string>()
            .Select(h => new string([.. h.Where(char.IsLetterOrDigit)])).Where(h => h.Length >= 4).ToList();
        if (headlines.Count == 0)
        {
            throw new InvalidOperationException("bench --search: the template pages have no headline of four letters or more to search for");
        }
        string Piece(int length)
        {
            var headline = headlines[random.Next(headlines.Count)];
            return headline.Substring(random.Next(headline.Length - length + 1), length);
        }
        return ([.. Enumerable.Range(0, count).Select(i => Piece(3 + (i % 2)))], [.. Enumerable.Range(0, Math.Max(1, count / 4)).Select(i => Piece(1 + (i % 2)))]);
    }
}
