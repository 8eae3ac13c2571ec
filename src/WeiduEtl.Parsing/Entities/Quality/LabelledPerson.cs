namespace WeiduEtl.Parsing.Entities.Quality;

/// <summary>A person a reader found on a page: name, job title and the organisation it belongs to, as printed (null when none).</summary>
public sealed record LabelledPerson(string Name, string? Title, string? Organisation);
