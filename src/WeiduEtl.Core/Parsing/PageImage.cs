namespace WeiduEtl.Core.Parsing;

/// <summary>A picture cut out of a PDF page.</summary>
/// <param name="Bytes">PNG or JPEG bytes.</param>
/// <param name="Extension">png or jpg, without the dot.</param>
public sealed record PageImage(byte[] Bytes, string Extension, int WidthPx, int HeightPx);
