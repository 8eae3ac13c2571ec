namespace WeiduEtl.Core.Rows;

/// <summary>A picture file of a snapshot: its path relative to the snapshot and its bytes.</summary>
public sealed record ImageFile(string ImagePath, byte[] Bytes);
