using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage;

/// <summary>
/// The issues a transaction has written and not yet indexed, by the keys <c>DELETE FROM issues WHERE issue_id =
/// @IssueId OR (pipeline = @Pipeline AND source_uri = @SourceUri)</c> replaces an issue by.
/// </summary>
internal sealed class BatchIssues
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<(string Pipeline, string SourceUri)> _sources = [];

    public void Add(IssueRow issue)
    {
        _ids.Add(issue.IssueId);
        _sources.Add((issue.Pipeline, issue.SourceUri));
    }

    /// <summary>Whether writing <paramref name="issue"/> deletes one of these issues.</summary>
    public bool Replaces(IssueRow issue) => _ids.Contains(issue.IssueId) || _sources.Contains((issue.Pipeline, issue.SourceUri));

    /// <summary>The issues' ids, which are then no longer held.</summary>
    public IReadOnlyCollection<string> TakeIds()
    {
        string[] ids = [.. _ids];
        _ids.Clear();
        _sources.Clear();
        return ids;
    }
}
