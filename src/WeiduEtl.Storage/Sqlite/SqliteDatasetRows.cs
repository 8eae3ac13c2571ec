using WeiduEtl.Core.Rows;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// The dataset's row types as SQLite columns, in the order each mapper reads them, mapped as Dapper maps them
/// (a NULL leaves the property's default, array columns go through <see cref="JsonColumnHandlers.ParseArray{T}"/>).
/// </summary>
internal static class SqliteDatasetRows
{
    public static readonly SqliteTableRows<IssueRow> Issues = new(
        ["issue_id", "pipeline", "publication", "page_label", "issue_date", "issue_date_basis", "source_uri", "source_sha256", "source_bytes",
            "media_type", "page_count", "article_count", "first_seen_at", "parsed_at", "parser_version"],
        c => new IssueRow
        {
            IssueId = c.Text(0)!, Pipeline = c.Text(1)!, Publication = c.Text(2)!, PageLabel = c.Text(3), IssueDate = c.Text(4), IssueDateBasis = c.Text(5),
            SourceUri = c.Text(6)!, SourceSha256 = c.Text(7)!, SourceBytes = c.Int64(8), MediaType = c.Text(9)!, PageCount = c.Int32(10),
            ArticleCount = c.Int32(11), FirstSeenAt = c.Text(12)!, ParsedAt = c.Text(13)!, ParserVersion = c.Text(14)!,
        });

    public static readonly SqliteTableRows<ArticleRow> Articles = new(
        ["article_id", "issue_id", "seq", "page", "kind", "section", "kicker", "headline", "subheadline", "dateline", "reporters", "correspondents",
            "photographers", "source_tag", "subheadings", "lead", "body", "paragraph_count", "char_count", "bbox", "provenance"],
        c => new ArticleRow
        {
            ArticleId = c.Text(0)!, IssueId = c.Text(1)!, Seq = c.Int32(2), Page = c.Int32(3), Kind = c.Text(4)!, Section = c.Text(5), Kicker = c.Text(6),
            Headline = c.Text(7), Subheadline = c.Text(8), Dateline = c.Text(9),
            Reporters = Array<string>(c, 10) ?? [], Correspondents = Array<string>(c, 11) ?? [], Photographers = Array<string>(c, 12) ?? [],
            SourceTag = c.Text(13), Subheadings = Array<string>(c, 14) ?? [], Lead = c.Text(15), Body = c.Text(16)!,
            ParagraphCount = c.Int32(17), CharCount = c.Int32(18), Bbox = Array<double>(c, 19), Provenance = Array<HeaderSource>(c, 20) ?? [],
        });

    public static readonly SqliteTableRows<ContributorRow> Contributors = new(
        ["article_id", "seq", "name", "role", "credit_text"],
        c => new ContributorRow { ArticleId = c.Text(0)!, Seq = c.Int32(1), Name = c.Text(2)!, Role = c.Text(3)!, CreditText = c.Text(4)! });

    public static readonly SqliteTableRows<PhotoRow> Photos = new(
        ["photo_id", "issue_id", "article_id", "caption", "credit", "page", "bbox", "image_path", "width_px", "height_px", "image_sha256"],
        c => new PhotoRow
        {
            PhotoId = c.Text(0)!, IssueId = c.Text(1)!, ArticleId = c.Text(2), Caption = c.Text(3), Credit = c.Text(4), Page = c.Int32(5),
            Bbox = Array<double>(c, 6), ImagePath = c.Text(7), WidthPx = c.NullableInt32(8), HeightPx = c.NullableInt32(9), ImageSha256 = c.Text(10),
        });

    public static readonly SqliteTableRows<FigureRow> Figures = new(
        ["figure_id", "article_id", "text", "label", "value", "unit", "qualifier", "char_start", "char_end", "rule"],
        c => new FigureRow
        {
            FigureId = c.Text(0)!, ArticleId = c.Text(1)!, Text = c.Text(2)!, Label = c.Text(3), Value = c.Decimal(4), Unit = c.Text(5)!,
            Qualifier = c.Text(6)!, CharStart = c.Int32(7), CharEnd = c.Int32(8), Rule = c.Text(9)!,
        });

    public static readonly SqliteTableRows<DateRow> Dates = new(
        ["date_id", "article_id", "text", "date", "precision", "part_of_day", "char_start", "char_end", "rule"],
        c => new DateRow
        {
            DateId = c.Text(0)!, ArticleId = c.Text(1)!, Text = c.Text(2)!, Date = c.Text(3), Precision = c.Text(4)!, PartOfDay = c.Text(5),
            CharStart = c.Int32(6), CharEnd = c.Int32(7), Rule = c.Text(8)!,
        });

    public static readonly SqliteTableRows<MentionRow> Mentions = new(
        ["mention_id", "article_id", "kind", "text", "name", "title", "organisation", "char_start", "char_end", "rule", "person_key"],
        c => new MentionRow
        {
            MentionId = c.Text(0)!, ArticleId = c.Text(1)!, Kind = c.Text(2)!, Text = c.Text(3)!, Name = c.Text(4)!, Title = c.Text(5),
            Organisation = c.Text(6), CharStart = c.Int32(7), CharEnd = c.Int32(8), Rule = c.Text(9)!, PersonKey = c.Text(10),
        });

    public static readonly SqliteTableRows<QuoteRow> Quotes = new(
        ["quote_id", "article_id", "text", "speaker", "speaker_mention_id", "verb", "char_start", "char_end", "rule"],
        c => new QuoteRow
        {
            QuoteId = c.Text(0)!, ArticleId = c.Text(1)!, Text = c.Text(2)!, Speaker = c.Text(3), SpeakerMentionId = c.Text(4), Verb = c.Text(5),
            CharStart = c.Int32(6), CharEnd = c.Int32(7), Rule = c.Text(8)!,
        });

    private static T[]? Array<T>(SqliteColumns columns, int column) => JsonColumnHandlers.ParseArray<T>(columns.Text(column));
}
