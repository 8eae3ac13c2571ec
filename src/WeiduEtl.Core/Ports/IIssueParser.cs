using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Core.Ports;

/// <summary>Turns one source document into its content items. Pure: no IO, no clock.</summary>
public interface IIssueParser
{
    /// <summary>Stored with every issue, so a backfill can find what an older parser made.</summary>
    string Version { get; }

    bool CanParse(string mediaType);

    /// <summary>Parses the document; throws <see cref="DocumentRejectedException"/> with a reason when it cannot.</summary>
    ParsedIssue Parse(SourceDocument document);
}
