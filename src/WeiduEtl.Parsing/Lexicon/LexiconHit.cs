namespace WeiduEtl.Parsing.Lexicon;

/// <summary>A lexicon entry that decided a field of an item: list, entry, where the entry came from, and the field.</summary>
public sealed record LexiconHit(string List, string Entry, string Origin, string Field);
