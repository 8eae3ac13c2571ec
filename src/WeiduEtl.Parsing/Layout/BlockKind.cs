namespace WeiduEtl.Parsing.Layout;

/// <summary>What one block is, read on its own; the grammar then reads it in its place on the page.</summary>
internal enum BlockKind
{
    Gap,
    Furniture,
    Section,
    /// <summary>A bracketed note: source tag（南宣）, credits（记者 X）or end mark（完）.</summary>
    Note,
    Byline,
    Dateline,
    /// <summary>A caption that carries its credit (…邵华摄).</summary>
    CreditedCaption,
    /// <summary>A caption the layout placed under a picture, without a credit.</summary>
    Caption,
    Heading,
    /// <summary>The label of a box inside an article (核心阅读, 链接, 人物小传).</summary>
    BoxLabel,
    Body,
}
