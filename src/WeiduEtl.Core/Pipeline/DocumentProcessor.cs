using System.Globalization;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Text;

namespace WeiduEtl.Core.Pipeline;

/// <summary>Parses one document with the parser for its media type and builds its rows.</summary>
public sealed class DocumentProcessor(IEnumerable<IIssueParser> parsers, IssueRecordBuilder builder, TimeProvider time)
{
    private readonly IReadOnlyList<IIssueParser> _parsers = [.. parsers];

    public IIssueParser ParserFor(string mediaType) =>
        _parsers.FirstOrDefault(p => p.CanParse(mediaType))
        ?? throw new DocumentRejectedException($"no parser for media type {mediaType}; supported: text (.txt) and PDF (.pdf)");

    /// <summary>How the document's parser understood it, with text that cannot be stored taken out (and a warning saying so).</summary>
    public ParsedIssue Parse(SourceDocument document, PressProfile? profile = null) =>
        ParsedIssueScrubber.Scrub(ParserFor(document.MediaType).Parse(document, profile));

    /// <summary>The parser version an issue of this media type gets in this pipeline (its profile included).</summary>
    public string VersionFor(PipelineOptions pipeline, string mediaType) => ParserFor(mediaType).StoredVersion(pipeline.PressProfile);

    /// <summary>Throws <see cref="DocumentRejectedException"/> with the reason when the document cannot be used.</summary>
    public IssueRecord Process(PipelineOptions pipeline, SourceDocument document, DateTimeOffset? firstSeenAt = null)
    {
        if (document.Content.Length == 0)
        {
            throw new DocumentRejectedException("the file is empty (0 bytes)");
        }
        var parser = ParserFor(document.MediaType);
        CheckSize(pipeline, document);
        var now = time.GetUtcNow();
        // The builder scrubs the text it stores; scrubbing here as well would walk every field twice.
        return builder.Build(pipeline, document, parser.Parse(document, pipeline.PressProfile), parser.StoredVersion(pipeline.PressProfile), firstSeenAt ?? now, now);
    }

    private static void CheckSize(PipelineOptions pipeline, SourceDocument document)
    {
        var (limit, field, kind) = document.MediaType == MediaTypes.Pdf
            ? (pipeline.MaxPdfBytes, "maxPdfBytes", "a PDF")
            : (pipeline.MaxTextBytes, "maxTextBytes", "a text page");
        if (document.Content.LongLength > limit)
        {
            throw new DocumentRejectedException(string.Create(CultureInfo.InvariantCulture,
                $"the file is {document.Content.LongLength:N0} bytes, more than the {limit:N0} the pipeline's {field} allows for {kind}; split it, or raise {field} if it really is one page"));
        }
    }

    /// <summary>
    /// <see cref="Process"/> with its failure handed back instead of thrown, for work run on the thread pool whose
    /// outcome the pass takes later, in order.
    /// </summary>
    public (IssueRecord? Record, Exception? Error) TryProcess(PipelineOptions pipeline, SourceDocument document)
    {
        try
        {
            return (Process(pipeline, document), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, ex);
        }
    }
}
