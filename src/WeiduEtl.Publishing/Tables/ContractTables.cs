using WeiduEtl.Core.Rows;

namespace WeiduEtl.Publishing.Tables;

/// <summary>
/// The dataset contract (open-data.md, v1 and v2) as data: every table's columns in order with their types and
/// meanings. CSV, JSON and datapackage.json are all written from these, so they cannot disagree.
/// Add columns only at the end, and record them in the dataset CHANGELOG.
/// </summary>
public static class ContractTables
{
    private static FieldDefinition F<T>(string name, string type, string description, Func<T, object?> value, bool required = false) =>
        new(name, type, description, row => value((T)row), required);

    public static readonly TableDefinition Issues = new("issues", "Source documents (one page PDF or text file each)",
    [
        F<IssueRow>("issue_id", "string", "Stable id: pipeline and a hash of where the document came from", r => r.IssueId, true),
        F<IssueRow>("pipeline", "string", "The pipeline that produced it", r => r.Pipeline, true),
        F<IssueRow>("publication", "string", "The paper, e.g. 许昌日报", r => r.Publication, true),
        F<IssueRow>("page_label", "string", "The page label printed on the page, e.g. 魏都区", r => r.PageLabel),
        F<IssueRow>("issue_date", "date", "The issue date, or empty when unknown", r => r.IssueDate),
        F<IssueRow>("issue_date_basis", "string", "Where issue_date came from: source (the URL) or content (printed on the page)", r => r.IssueDateBasis),
        F<IssueRow>("source_uri", "string", "The file (relative to the pipeline configuration) or URL", r => r.SourceUri, true),
        F<IssueRow>("source_sha256", "string", "sha256 of the source bytes", r => r.SourceSha256, true),
        F<IssueRow>("source_bytes", "integer", "Size of the source in bytes", r => r.SourceBytes, true),
        F<IssueRow>("media_type", "string", "text/plain or application/pdf", r => r.MediaType, true),
        F<IssueRow>("page_count", "integer", "Pages in the source", r => r.PageCount, true),
        F<IssueRow>("article_count", "integer", "Content items found", r => r.ArticleCount, true),
        F<IssueRow>("first_seen_at", "datetime", "When the source was first stored (UTC)", r => r.FirstSeenAt, true),
        F<IssueRow>("parsed_at", "datetime", "When it was last parsed (UTC)", r => r.ParsedAt, true),
        F<IssueRow>("parser_version", "string", "The parser version that made these rows", r => r.ParserVersion, true),
    ], ["issue_id"], []);

    public static readonly TableDefinition Articles = new("articles", "Content items in reading order",
    [
        F<ArticleRow>("article_id", "string", "issue_id + -a + 4-digit seq", r => r.ArticleId, true),
        F<ArticleRow>("issue_id", "string", "The issue it was printed in", r => r.IssueId, true),
        F<ArticleRow>("seq", "integer", "Position in reading order, from 1", r => r.Seq, true),
        F<ArticleRow>("page", "integer", "Page number in the source, from 1", r => r.Page, true),
        F<ArticleRow>("kind", "string", "article, brief (item of a round-up column) or photo (stand-alone picture news)", r => r.Kind, true),
        F<ArticleRow>("section", "string", "The round-up column, e.g. 一周要闻", r => r.Section),
        F<ArticleRow>("kicker", "string", "引题/眉题 over the headline", r => r.Kicker),
        F<ArticleRow>("headline", "string", "主题, line breaks removed", r => r.Headline),
        F<ArticleRow>("subheadline", "string", "副题", r => r.Subheadline),
        F<ArticleRow>("dateline", "string", "e.g. 本报讯", r => r.Dateline),
        F<ArticleRow>("reporters", "array", "Reporters' names", r => r.Reporters, true),
        F<ArticleRow>("correspondents", "array", "Correspondents' (通讯员) names", r => r.Correspondents, true),
        F<ArticleRow>("photographers", "array", "Photographers' names", r => r.Photographers, true),
        F<ArticleRow>("source_tag", "string", "Source tag at the end of a brief, without brackets, e.g. 魏宣", r => r.SourceTag),
        F<ArticleRow>("subheadings", "array", "小标题 inside the body, in order", r => r.Subheadings, true),
        F<ArticleRow>("lead", "string", "The first paragraph", r => r.Lead),
        F<ArticleRow>("body", "string", "Paragraphs joined by a line feed; no byline, dateline, captions, credits or source tag; empty for a 图片新闻 item, whose text is its photo's caption", r => r.Body),
        F<ArticleRow>("paragraph_count", "integer", "Paragraphs in body", r => r.ParagraphCount, true),
        F<ArticleRow>("char_count", "integer", "Characters in body, line feeds not counted", r => r.CharCount, true),
        F<ArticleRow>("bbox", "array", "PDF only: [x0,y0,x1,y1] in PDF points on page", r => r.Bbox),
        F<ArticleRow>("provenance", "array", "v2: where each header field present came from, as objects {field: kicker|headline|subheadline|dateline|byline, rule: the grammar rule that started the item and gave its header lines their roles, page}", r => r.Provenance, true),
    ], ["article_id"], [new("issue_id", "issues", "issue_id")]);

    public static readonly TableDefinition Contributors = new("contributors", "People credited on articles",
    [
        F<ContributorRow>("article_id", "string", "The article", r => r.ArticleId, true),
        F<ContributorRow>("seq", "integer", "Order of the credit on the article, from 1", r => r.Seq, true),
        F<ContributorRow>("name", "string", "The person's name", r => r.Name, true),
        F<ContributorRow>("role", "string", "reporter, correspondent or photographer", r => r.Role, true),
        F<ContributorRow>("credit_text", "string", "The credit as printed", r => r.CreditText, true),
    ], ["article_id", "seq"], [new("article_id", "articles", "article_id")]);

    public static readonly TableDefinition Photos = new("photos", "Pictures and their captions",
    [
        F<PhotoRow>("photo_id", "string", "issue_id + -p + 4-digit seq", r => r.PhotoId, true),
        F<PhotoRow>("issue_id", "string", "The issue", r => r.IssueId, true),
        F<PhotoRow>("article_id", "string", "The article it belongs to, empty when none", r => r.ArticleId),
        F<PhotoRow>("caption", "string", "The caption without its credit", r => r.Caption),
        F<PhotoRow>("credit", "string", "The photographer's name", r => r.Credit),
        F<PhotoRow>("page", "integer", "Page number, from 1", r => r.Page, true),
        F<PhotoRow>("bbox", "array", "PDF only: [x0,y0,x1,y1] in PDF points", r => r.Bbox),
        F<PhotoRow>("image_path", "string", "The picture file, relative to the snapshot (PDF sources only)", r => r.ImagePath),
        F<PhotoRow>("width_px", "integer", "Picture width in pixels", r => r.WidthPx),
        F<PhotoRow>("height_px", "integer", "Picture height in pixels", r => r.HeightPx),
        F<PhotoRow>("image_sha256", "string", "sha256 of the picture file", r => r.ImageSha256),
    ], ["photo_id"], [new("issue_id", "issues", "issue_id"), new("article_id", "articles", "article_id")]);

    public static readonly TableDefinition Figures = new("figures", "Numeric facts in article bodies",
    [
        F<FigureRow>("figure_id", "string", "issue_id + -f + 4-digit seq", r => r.FigureId, true),
        F<FigureRow>("article_id", "string", "The article", r => r.ArticleId, true),
        F<FigureRow>("text", "string", "The span as printed, e.g. 约10亿元", r => r.Text, true),
        F<FigureRow>("label", "string", "What is counted or measured, e.g. 总投资", r => r.Label),
        F<FigureRow>("value", "number", "The number with its magnitude folded in: 10亿 is 1000000000", r => r.Value, true),
        F<FigureRow>("unit", "string", "The unit as printed without the magnitude: 元, 亩, 人次", r => r.Unit, true),
        F<FigureRow>("qualifier", "string", "exact, approx, over, under, at_most or at_least", r => r.Qualifier, true),
        F<FigureRow>("char_start", "integer", "Start offset of text in the article body", r => r.CharStart, true),
        F<FigureRow>("char_end", "integer", "End offset (exclusive) of text in the article body", r => r.CharEnd, true),
        F<FigureRow>("rule", "string", "v2: the rule that found it (figure-reader until the reader names finer rules)", r => r.Rule, true),
    ], ["figure_id"], [new("article_id", "articles", "article_id")]);

    public static readonly TableDefinition Dates = new("dates", "Dates mentioned in article bodies",
    [
        F<DateRow>("date_id", "string", "issue_id + -d + 4-digit seq", r => r.DateId, true),
        F<DateRow>("article_id", "string", "The article", r => r.ArticleId, true),
        F<DateRow>("text", "string", "As printed, e.g. 8月15日", r => r.Text, true),
        F<DateRow>("date", "date", "ISO date, the year inferred from the issue when not printed; empty when it cannot be", r => r.Date),
        F<DateRow>("precision", "string", "day, month or year", r => r.Precision, true),
        F<DateRow>("part_of_day", "string", "上午, 下午, 晚…", r => r.PartOfDay),
        F<DateRow>("char_start", "integer", "Start offset of text in the article body", r => r.CharStart, true),
        F<DateRow>("char_end", "integer", "End offset (exclusive) of text in the article body", r => r.CharEnd, true),
        F<DateRow>("rule", "string", "v2: the shape that read it: date-year-first, date-relative-year, date-numeric, date-month-first, date-day-only, date-range-year-head, date-range-month-head, date-range-day-head or date-range-day-tail", r => r.Rule, true),
    ], ["date_id"], [new("article_id", "articles", "article_id")]);

    public static readonly TableDefinition Mentions = new("mentions", "People, organisations and places named in article bodies (v2)",
    [
        F<MentionRow>("mention_id", "string", "issue_id + -m + 4-digit seq", r => r.MentionId, true),
        F<MentionRow>("article_id", "string", "The article", r => r.ArticleId, true),
        F<MentionRow>("kind", "string", "person, organisation or place", r => r.Kind, true),
        F<MentionRow>("text", "string", "As printed, e.g. 魏都城管局党组书记、局长景海燕", r => r.Text, true),
        F<MentionRow>("name", "string", "The person's name, or the organisation's or place's full name as printed", r => r.Name, true),
        F<MentionRow>("title", "string", "A person's job titles as printed, e.g. 党组书记、局长; empty if none", r => r.Title),
        F<MentionRow>("organisation", "string", "For a person, the organisation their title belongs to, e.g. 魏都城管局; empty if none", r => r.Organisation),
        F<MentionRow>("char_start", "integer", "Start offset of text in the article body", r => r.CharStart, true),
        F<MentionRow>("char_end", "integer", "End offset (exclusive) of text in the article body", r => r.CharEnd, true),
        F<MentionRow>("rule", "string", "The rule that found it, e.g. title-name, known-name, org-suffix, place-division", r => r.Rule, true),
        F<MentionRow>("person_key", "string", "People only: article_id:name, the same for every mention of one person in an article", r => r.PersonKey),
    ], ["mention_id"], [new("article_id", "articles", "article_id")]);

    public static readonly TableDefinition Quotes = new("quotes", "Direct quotations in article bodies and who said them (v2)",
    [
        F<QuoteRow>("quote_id", "string", "issue_id + -q + 4-digit seq", r => r.QuoteId, true),
        F<QuoteRow>("article_id", "string", "The article", r => r.ArticleId, true),
        F<QuoteRow>("text", "string", "Inside the quotation marks, marks removed", r => r.Text, true),
        F<QuoteRow>("speaker", "string", "The speaker's name as in mentions, or a group such as 商户们; empty when unattributed", r => r.Speaker),
        F<QuoteRow>("speaker_mention_id", "string", "The speaker's person mention; empty unless there is one", r => r.SpeakerMentionId),
        F<QuoteRow>("verb", "string", "The verb of saying: 说, 表示, 介绍说, 说道…", r => r.Verb),
        F<QuoteRow>("char_start", "integer", "Start offset of text in the article body", r => r.CharStart, true),
        F<QuoteRow>("char_end", "integer", "End offset (exclusive) of text in the article body", r => r.CharEnd, true),
        F<QuoteRow>("rule", "string", "The attribution rule: quote-before, quote-after, quote-continued, quote-sentence-before or quote-unattributed", r => r.Rule, true),
    ], ["quote_id"], [new("article_id", "articles", "article_id"), new("speaker_mention_id", "mentions", "mention_id")]);

    /// <summary>Each table with its rows, in the order they are published.</summary>
    public static IReadOnlyList<(TableDefinition Table, IReadOnlyList<object> Rows)> WithRows(DatasetTables data) =>
    [
        (Issues, [.. data.Issues]),
        (Articles, [.. data.Articles]),
        (Contributors, [.. data.Contributors]),
        (Photos, [.. data.Photos]),
        (Figures, [.. data.Figures]),
        (Dates, [.. data.Dates]),
        (Mentions, [.. data.Mentions]),
        (Quotes, [.. data.Quotes]),
    ];
}
