using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>One content item while the grammar is still reading it.</summary>
internal sealed class ArticleBuilder(int page, ArticleKind kind, string? section)
{
    private readonly List<Contributor> contributors = [];

    public int Page { get; } = page;
    public ArticleKind Kind { get; set; } = kind;
    public string? StartedBy { get; set; }
    public string? Section { get; set; } = section;
    public string? Kicker { get; set; }
    public string? Headline { get; set; }
    public string? Subheadline { get; set; }
    public double? HeadlineFontSize { get; set; }
    public string? Dateline { get; set; }
    public string? SourceTag { get; set; }
    public List<string> Subheadings { get; } = [];

    /// <summary>The header lines it has, in print order (kicker, headline, subheadline), as a new list.</summary>
    public List<string> HeaderLines => new[] { Kicker, Headline, Subheadline }.OfType<string>().ToList();

    public List<string> Paragraphs { get; } = [];
    public List<ParsedPhoto> Photos { get; } = [];
    public BoundingBox? Bbox { get; private set; }

    /// <summary>Lines in the shape of display type read as paragraphs (subheadings too long or listing for one).</summary>
    public int DisplayLinesInBody { get; set; }

    /// <summary>A source tag or end mark closed the item: nothing more belongs to it.</summary>
    public bool Closed { get; set; }

    public IReadOnlyList<Contributor> Contributors => contributors;

    /// <summary>The last paragraph stops mid-sentence, so the next body text continues it.</summary>
    public bool EndsMidSentence => Paragraphs.Count > 0 && SentenceJoinRule.IsOpen(Paragraphs[^1]);

    /// <summary>The page the item was last seen on and its box there: where its text stands when a page ends.</summary>
    public (int Page, BoundingBox Box)? Foot { get; private set; }

    /// <summary>Grows the item's box by the block's; the box is on the item's first page, so text it runs on to elsewhere stays out.</summary>
    public void Cover(PageBlock block)
    {
        if (block.Bbox is not { } box)
        {
            return;
        }
        if (block.Page == Page)
        {
            Bbox = Bbox is null ? box : Bbox.Union(box);
        }
        Foot = Foot is { } foot && foot.Page == block.Page ? (block.Page, foot.Box.Union(box)) : (block.Page, box);
    }

    /// <summary>Takes a piece of a package in: its header lines become subheadings, its text, credits and pictures this item's.</summary>
    public void Absorb(ArticleBuilder piece)
    {
        Subheadings.AddRange(piece.HeaderLines);
        Subheadings.AddRange(piece.Subheadings);
        Paragraphs.AddRange(piece.Paragraphs);
        Photos.AddRange(piece.Photos);
        AddContributors(piece.Contributors);
        if (piece.Bbox is { } box && piece.Page == Page)
        {
            Bbox = Bbox is null ? box : Bbox.Union(box);
        }
        Foot = piece.Foot ?? Foot;
        Closed = piece.Closed;
    }

    public void AddContributors(IEnumerable<Contributor> people)
    {
        foreach (var person in people)
        {
            if (!contributors.Any(c => c.Name == person.Name && c.Role == person.Role))
            {
                contributors.Add(person);
            }
        }
    }

    public ParsedArticle Build()
    {
        // 文/图 credits the pictures to the writer: an uncredited caption takes the byline's one photographer.
        var bylinePhotographers = contributors.Where(c => c.Role == ContributorRole.Photographer).Select(c => c.Name).Distinct().ToList();
        var photos = Photos.Select(p => p.Credit is null && bylinePhotographers.Count == 1 ? p with { Credit = bylinePhotographers[0] } : p).ToList();
        return new ParsedArticle
        {
            Page = Page,
            Kind = Kind,
            StartedBy = StartedBy,
            Section = Section,
            Kicker = Kicker,
            Headline = Headline,
            Subheadline = Subheadline,
            Dateline = Dateline,
            Contributors = contributors.ToList(),
            SourceTag = SourceTag,
            Subheadings = Subheadings.ToList(),
            Paragraphs = Paragraphs.ToList(),
            Photos = photos,
            Bbox = Bbox,
        };
    }
}
