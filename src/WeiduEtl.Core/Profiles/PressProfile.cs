using System.Text.Json.Serialization;

namespace WeiduEtl.Core.Profiles;

/// <summary>
/// A paper's habits as data: the words and patterns the article grammar reads a page with. The built-in press
/// lexicon is one (embedded in the parser); a pipeline's <c>profile</c> file is another, whose entries are added to
/// the built-in ones, or replace them for the lists named in <see cref="Replace"/>. Every list is optional.
/// </summary>
public sealed class PressProfile
{
    /// <summary>
    /// Eight hex digits of the file's content as read, set by <see cref="PressProfileReader"/>: issues parsed with
    /// the profile carry it in their parser version, so a changed profile makes <c>backfill</c> parse them again.
    /// </summary>
    [JsonIgnore]
    public string Fingerprint { get; set; } = "";

    /// <summary>What the profile is for, shown by <c>inspect</c>.</summary>
    public string? Description { get; set; }

    /// <summary>Names of lists whose built-in entries this profile replaces instead of adding to (e.g. "boxLabels").</summary>
    public List<string> Replace { get; set; } = [];

    /// <summary>Endings of round-up column titles whose items are briefs (一周要闻, 魏都播报): a title is such a word after at most four ideographs.</summary>
    public List<string> BriefColumns { get; set; } = [];

    /// <summary>Endings of round-up column titles whose items are pictures (图片新闻, 镜头).</summary>
    public List<string> PictureColumns { get; set; } = [];

    /// <summary>Endings of a label standing alone over a headline that names the column the item runs in (晚报快评, 今日谈).</summary>
    public List<string> ColumnLabels { get; set; } = [];

    /// <summary>Genre labels that open a headline with a colon and so start an item of their own (短评：…, 记者手记：…).</summary>
    public List<string> GenreLabels { get; set; } = [];

    /// <summary>Titles of boxes set inside an article (核心阅读, 人物小传): they open a part of the article, never an item.</summary>
    public List<string> BoxLabels { get; set; } = [];

    /// <summary>News agencies and outlets that file datelines, credits and photos (新华社, 中新社).</summary>
    public List<string> Agencies { get; set; } = [];

    /// <summary>How the paper names itself before a role or a dateline (本报, 本刊, 本台).</summary>
    public List<string> HouseNames { get; set; } = [];

    /// <summary>Role words printed before contributors' names in a byline (本报记者, 融媒体记者, 通讯员).</summary>
    public List<PressRoleWord> RoleWords { get; set; } = [];

    /// <summary>Source tags the paper prints at the end of an item without brackets (魏宣 as ■魏宣 or —魏宣).</summary>
    public List<string> SourceTags { get; set; } = [];

    /// <summary>Regular expressions for whole lines that are page furniture (a slogan bar, a sponsor line), matched against the folded line.</summary>
    public List<string> Furniture { get; set; } = [];

    /// <summary>Named layout thresholds; a profile sets only those its paper needs changed.</summary>
    public PressLayoutTuning? Layout { get; set; }
}
