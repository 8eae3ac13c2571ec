using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Core.Ports;

/// <summary>Turns one source document into its content items. Pure: no IO, no clock.</summary>
public interface IIssueParser
{
    /// <summary>
    /// The grammar's version (rules and built-in lexicon), raised when what it makes of a page changes. Stored with
    /// every issue, with the profile's fingerprint when there is one (<see cref="StoredVersion"/>), so a backfill can find
    /// what an older parser or another profile made.
    /// </summary>
    string Version { get; }

    bool CanParse(string mediaType);

    /// <summary>Parses the document with the built-in press lexicon and the profile on top; throws <see cref="DocumentRejectedException"/> with a reason when it cannot.</summary>
    ParsedIssue Parse(SourceDocument document, PressProfile? profile = null);

    /// <summary>The version stored with an issue parsed with <paramref name="profile"/>: text-1.1, or text-1.1+profile.1a2b3c4d.</summary>
    string StoredVersion(PressProfile? profile) => profile is null ? Version : $"{Version}+profile.{profile.Fingerprint}";
}
