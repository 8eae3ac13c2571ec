using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>A speech span with its speaker (a person mention when there is one), its verb and the rule that attributed it.</summary>
internal sealed record AttributedQuote(QuoteSpan Span, string? Speaker, EntityMention? Person, string? Verb, string Rule, int AttributionEnd);
