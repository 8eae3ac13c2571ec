namespace WeiduEtl.Core.Parsing;

/// <summary>A picture or caption found on a page.</summary>
/// <param name="Caption">The caption without its credit, or null when the picture has none.</param>
/// <param name="Credit">The photographer's name, without 摄 or 图/, or null.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Bbox">Where it sits (PDF sources only).</param>
/// <param name="Image">The picture itself (PDF sources only).</param>
public sealed record ParsedPhoto(string? Caption, string? Credit, int Page, BoundingBox? Bbox = null, PageImage? Image = null);
