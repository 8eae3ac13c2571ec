namespace WeiduEtl.Parsing.Layout.Rules;

internal enum TrailingNoteKind
{
    SourceTag,
    Credits,
    End,
}
