namespace WeiduEtl.Parsing.Entities;

/// <summary>A word of jieba's dictionary: how often it was counted and its part-of-speech tag (n, v, ad, ns …).</summary>
internal readonly record struct CommonWord(int Frequency, string Tag);
