using System.Globalization;
using System.Security.Cryptography;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Core.Text;

namespace WeiduEtl.Core.Pipeline;

/// <summary>Turns a parsed document into the contract's rows, with stable ids, figures and dates.</summary>
public sealed class IssueRecordBuilder(IFigureExtractor figures, IDateExtractor dates, IEntityExtractor entities)
{
    public IssueRecord Build(PipelineOptions pipeline, SourceDocument document, ParsedIssue parsed, string parserVersion, DateTimeOffset firstSeenAt, DateTimeOffset parsedAt)
    {
        var issueId = IssueIdentity.IssueId(pipeline.Name, document.SourceUri);
        // Whatever the caller parsed, rows hold text as it may be stored: NFC, without noncharacters (the scrub returns
        // an already clean issue unchanged apart from that normalisation).
        parsed = ParsedIssueScrubber.Scrub(parsed);
        var articles = parsed.Articles.ToList();
        var (issueDate, basis) = (document.IssueDate, parsed.IssueDate) switch
        {
            ({ } fromSource, _) => (fromSource, "source"),
            (null, { } fromContent) => (fromContent, "content"),
            _ => ((DateOnly?)null, (string?)null),
        };
        var assumedYear = issueDate?.Year ?? dates.InferYear(articles.SelectMany(a => a.Paragraphs.Prepend(a.Headline ?? "")));

        var articleRows = new List<ArticleRow>();
        var contributorRows = new List<ContributorRow>();
        var photoRows = new List<PhotoRow>();
        var figureRows = new List<FigureRow>();
        var dateRows = new List<DateRow>();
        var mentionRows = new List<MentionRow>();
        var quoteRows = new List<QuoteRow>();
        var images = new List<ImageFile>();

        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var articleId = IssueIdentity.ArticleId(issueId, i + 1);
            var body = article.Body;
            articleRows.Add(ToArticleRow(article, articleId, issueId, i + 1, body));
            contributorRows.AddRange(article.Contributors.Select((c, k) => new ContributorRow
            {
                ArticleId = articleId,
                Seq = k + 1,
                Name = c.Name,
                Role = c.Role.ToString().ToLowerInvariant(),
                CreditText = c.CreditText,
            }));
            foreach (var photo in article.Photos)
            {
                photoRows.Add(ToPhotoRow(photo, issueId, articleId, photoRows.Count + 1, images));
            }
            foreach (var figure in figures.Extract(body))
            {
                figureRows.Add(new FigureRow
                {
                    FigureId = IssueIdentity.FigureId(issueId, figureRows.Count + 1),
                    ArticleId = articleId,
                    Text = figure.Text,
                    Label = figure.Label,
                    Value = figure.Value,
                    Unit = figure.Unit,
                    Qualifier = SnakeCase(figure.Qualifier.ToString()),
                    CharStart = figure.CharStart,
                    CharEnd = figure.CharEnd,
                    Rule = figure.Rule,
                });
            }
            foreach (var date in dates.Extract(body, assumedYear))
            {
                dateRows.Add(new DateRow
                {
                    DateId = IssueIdentity.DateId(issueId, dateRows.Count + 1),
                    ArticleId = articleId,
                    Text = date.Text,
                    Date = date.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Precision = date.Precision.ToString().ToLowerInvariant(),
                    PartOfDay = date.PartOfDay,
                    CharStart = date.CharStart,
                    CharEnd = date.CharEnd,
                    Rule = date.Rule,
                });
            }
            AddEntities(entities.Extract(body), issueId, articleId, mentionRows, quoteRows);
        }
        foreach (var photo in parsed.LoosePhotos)
        {
            photoRows.Add(ToPhotoRow(photo, issueId, null, photoRows.Count + 1, images));
        }

        var issue = new IssueRow
        {
            IssueId = issueId,
            Pipeline = pipeline.Name,
            Publication = pipeline.Publication,
            PageLabel = parsed.PageLabel ?? pipeline.PageLabel,
            IssueDate = issueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IssueDateBasis = basis,
            SourceUri = document.SourceUri,
            SourceSha256 = document.Sha256,
            SourceBytes = document.Content.LongLength,
            MediaType = document.MediaType,
            PageCount = parsed.PageCount,
            ArticleCount = articleRows.Count,
            FirstSeenAt = Timestamp(firstSeenAt),
            ParsedAt = Timestamp(parsedAt),
            ParserVersion = parserVersion,
        };
        return new IssueRecord(issue, articleRows, contributorRows, photoRows, figureRows, dateRows, images, document.Content)
        {
            Mentions = mentionRows,
            Quotes = quoteRows,
        };
    }

    private static void AddEntities(ArticleEntities found, string issueId, string articleId, List<MentionRow> mentionRows, List<QuoteRow> quoteRows)
    {
        var firstMention = mentionRows.Count;
        foreach (var mention in found.Mentions)
        {
            var kind = mention.Kind.ToString().ToLowerInvariant();
            mentionRows.Add(new MentionRow
            {
                MentionId = IssueIdentity.MentionId(issueId, mentionRows.Count + 1),
                ArticleId = articleId,
                Kind = kind,
                Text = mention.Text,
                Name = mention.Name,
                Title = mention.Title,
                Organisation = mention.Organisation,
                CharStart = mention.CharStart,
                CharEnd = mention.CharEnd,
                Rule = mention.Rule,
                PersonKey = mention.Kind == MentionKind.Person ? $"{articleId}:{mention.Name}" : null,
            });
        }
        foreach (var quote in found.Quotes)
        {
            quoteRows.Add(new QuoteRow
            {
                QuoteId = IssueIdentity.QuoteId(issueId, quoteRows.Count + 1),
                ArticleId = articleId,
                Text = quote.Text,
                Speaker = quote.Speaker,
                SpeakerMentionId = quote.SpeakerMention is { } index ? mentionRows[firstMention + index].MentionId : null,
                Verb = quote.Verb,
                CharStart = quote.CharStart,
                CharEnd = quote.CharEnd,
                Rule = quote.Rule,
            });
        }
    }

    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ArticleRow ToArticleRow(ParsedArticle article, string articleId, string issueId, int seq, string body) => new()
    {
        ArticleId = articleId,
        IssueId = issueId,
        Seq = seq,
        Page = article.Page,
        Kind = article.Kind.ToString().ToLowerInvariant(),
        Section = article.Section,
        Kicker = article.Kicker,
        Headline = article.Headline,
        Subheadline = article.Subheadline,
        Dateline = article.Dateline,
        Reporters = [.. article.NamesIn(ContributorRole.Reporter)],
        Correspondents = [.. article.NamesIn(ContributorRole.Correspondent)],
        Photographers = [.. article.NamesIn(ContributorRole.Photographer)],
        SourceTag = article.SourceTag,
        Subheadings = [.. article.Subheadings],
        Lead = article.Paragraphs.Count > 0 ? article.Paragraphs[0] : null,
        Body = body,
        ParagraphCount = article.Paragraphs.Count,
        CharCount = TextElements.CountWithoutLineBreaks(body),
        Bbox = article.Bbox?.ToArray(),
        Provenance = HeaderSources(article),
    };

    /// <summary>One entry per header field the item has, each with the rule that started the item (its header's roles come from it).</summary>
    private static HeaderSource[] HeaderSources(ParsedArticle article)
    {
        var rule = article.StartedBy ?? "unknown";
        return
        [
            .. new (string Field, bool Present)[]
            {
                ("kicker", article.Kicker is not null), ("headline", article.Headline is not null), ("subheadline", article.Subheadline is not null),
                ("dateline", article.Dateline is not null), ("byline", article.Contributors.Count > 0),
            }.Where(f => f.Present).Select(f => new HeaderSource(f.Field, rule, article.Page)),
        ];
    }

    private static PhotoRow ToPhotoRow(ParsedPhoto photo, string issueId, string? articleId, int seq, List<ImageFile> images)
    {
        var photoId = IssueIdentity.PhotoId(issueId, seq);
        string? imagePath = null;
        string? imageSha = null;
        if (photo.Image is { } image)
        {
            imagePath = $"images/{photoId}.{image.Extension}";
            imageSha = Convert.ToHexStringLower(SHA256.HashData(image.Bytes));
            images.Add(new ImageFile(imagePath, image.Bytes));
        }
        return new PhotoRow
        {
            PhotoId = photoId,
            IssueId = issueId,
            ArticleId = articleId,
            Caption = photo.Caption,
            Credit = photo.Credit,
            Page = photo.Page,
            Bbox = photo.Bbox?.ToArray(),
            ImagePath = imagePath,
            WidthPx = photo.Image?.WidthPx,
            HeightPx = photo.Image?.HeightPx,
            ImageSha256 = imageSha,
        };
    }

    private static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
