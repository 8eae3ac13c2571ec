namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// The names of the grammar rules that start a new item, as <see cref="WeiduEtl.Core.Parsing.ParsedArticle.StartedBy"/>
/// records them: why the page was cut where it was.
/// </summary>
internal static class StartRules
{
    public const string HeadlineOverCredit = "headline-over-byline-or-dateline";
    public const string HeadlineOverBoxLabel = "headline-over-box-label";
    public const string HeadlineOverLongCaption = "headline-over-long-caption";
    public const string MarkedHeadlineGroup = "marked-headline-group";
    public const string DisplayLinesOverText = "display-lines-over-text";
    public const string TitleInColumn = "title-in-round-up-column";
    public const string HeadlineAfterClosedItem = "headline-after-closed-item";
    public const string HeadlineAfterGap = "headline-after-gap";
    public const string HeadlineOverCaptionAndCredit = "headline-over-caption-and-credit";
    public const string PrintedLikeHeadline = "printed-like-headline";
    public const string GenreLabelHeadline = "genre-label-headline";
    public const string NoticeTitle = "notice-title";
    public const string LetterAndReplyTitle = "letter-and-reply-title";
    public const string PictureStoryTitle = "picture-story-title";
    public const string HeadlineOfCreditedStretch = "headline-of-credited-stretch";
    public const string LoneDisplayLine = "lone-display-line";
    public const string HeadlineOverNewsLead = "headline-over-news-lead";
    public const string RunInBriefTitle = "run-in-brief-title";
    public const string BulletedBrief = "bulleted-brief";
    public const string TextInColumn = "text-in-round-up-column";
    public const string BylineWithoutHeadline = "byline-without-headline";
    public const string DatelineWithoutHeadline = "dateline-without-headline";
    public const string LongCaption = "long-caption";
    public const string PackageTitle = "package-title";
    public const string HeaderBesideHeader = "header-beside-header";
    public const string HeaderOverItsColumns = "header-over-its-columns";
    public const string HeadUnderRule = "head-under-rule";
    public const string HeadlineOverCreditOpener = "headline-over-credit-opener";
    public const string PlaceLedHeadline = "place-led-headline";
    public const string CriedHeadlineOverText = "cried-headline-over-text";
}
