namespace WeiduEtl.Parsing.Layout;

/// <summary>What a layout analysis can tell about a block before the article grammar reads it.</summary>
public enum BlockHint
{
    None,
    /// <summary>Printed larger than body text: a headline, kicker or subheadline.</summary>
    Display,
    /// <summary>Sits right under or beside a picture: a caption.</summary>
    Caption,
    /// <summary>A picture interrupted the text here (a text dump shows it as a run of blank lines).</summary>
    PictureGap,
    /// <summary>Masthead, page number, date line, 责编 lines: not an article.</summary>
    PageFurniture,
}
