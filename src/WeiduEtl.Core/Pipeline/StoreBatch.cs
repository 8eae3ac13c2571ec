using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Rows;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Parsed documents with new content that a pass stores together, in the source's order, in one transaction
/// (<see cref="Ports.IIssueStore.SaveIssuesAsync"/>): each commit flushes the store to disk and writes the search indexes
/// once, so storing pages one at a time paid that once a page. It also answers, for the documents after them, what the
/// store will hold once they are saved: their bytes and their sources.
/// </summary>
/// <param name="capacity">At most this many documents (1: each alone, as a source that settles each document needs).</param>
public sealed class StoreBatch(int capacity)
{
    /// <summary>
    /// Parsed documents stored in one transaction. Past a few dozen text pages a transaction the commits and the
    /// search indexes' segments are no longer what storing costs.
    /// </summary>
    public const int DefaultCapacity = 32;

    /// <summary>Documents of a batch, whatever their count, hold at most about this many source bytes in memory.</summary>
    private const long MaxBytes = 32L << 20;

    private readonly List<Item> _items = [];
    private readonly HashSet<string> _contents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>A document waiting to be stored; <paramref name="Known"/> when the store held its source before.</summary>
    public sealed record Item(SourceDocument Document, IssueRecord Record, bool Known);

    public bool IsEmpty => _items.Count == 0;

    public bool IsFull => _items.Count >= Math.Max(1, capacity) || _bytes >= MaxBytes;

    /// <summary>True when a waiting document has these bytes.</summary>
    public bool HoldsContent(string sha256) => _contents.Contains(sha256);

    /// <summary>True when a waiting document comes from this source.</summary>
    public bool HoldsSource(string sourceUri) => _sources.Contains(sourceUri);

    public void Add(Item item)
    {
        _items.Add(item);
        _contents.Add(item.Document.Sha256);
        _sources.Add(item.Document.SourceUri);
        _bytes += item.Document.Content.LongLength;
    }

    /// <summary>The waiting documents, in order; the batch is empty after.</summary>
    public IReadOnlyList<Item> Take()
    {
        var items = _items.ToArray();
        _items.Clear();
        _contents.Clear();
        _sources.Clear();
        _bytes = 0;
        return items;
    }
}
