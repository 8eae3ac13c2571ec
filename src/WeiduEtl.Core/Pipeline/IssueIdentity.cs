using System.Security.Cryptography;
using System.Text;

namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// Stable ids: an issue is named by its pipeline and where it came from, so re-running, re-installing
/// or re-ordering the work gives the same ids, and a corrected page keeps its issue id.
/// </summary>
public static class IssueIdentity
{
    public static string IssueId(string pipeline, string sourceUri)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sourceUri));
        return $"{pipeline}-{Convert.ToHexStringLower(hash)[..12]}";
    }

    public static string ArticleId(string issueId, int seq) => $"{issueId}-a{seq:D4}";

    public static string PhotoId(string issueId, int seq) => $"{issueId}-p{seq:D4}";

    public static string FigureId(string issueId, int seq) => $"{issueId}-f{seq:D4}";

    public static string DateId(string issueId, int seq) => $"{issueId}-d{seq:D4}";

    public static string MentionId(string issueId, int seq) => $"{issueId}-m{seq:D4}";

    public static string QuoteId(string issueId, int seq) => $"{issueId}-q{seq:D4}";
}
