namespace WeiduEtl.Parsing.Layout.Rules;

internal enum TrailingNoteKind
{
    SourceTag,
    Credits,
    End,
    /// <summary>A dateline printed in brackets after the text (本报科威特城1月1日电), as some papers place it.</summary>
    Dateline,
    /// <summary>A note on who wrote the piece, printed in brackets after it（作者为某大学教授）.</summary>
    AuthorNote,
}
