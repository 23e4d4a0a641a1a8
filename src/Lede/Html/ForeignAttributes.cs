using System.Collections.Frozen;

namespace Lede.Html;

/// <summary>
/// The case and namespace adjustments of foreign content (WHATWG HTML 13.2.6.1): SVG's camel-case element and
/// attribute names, MathML's <c>definitionURL</c>, and the <c>xlink:</c>, <c>xml:</c> and <c>xmlns</c> attributes.
/// The tokenizer lowercases every name; these give back the spelling the element's namespace uses.
/// </summary>
internal static class ForeignAttributes
{
    static readonly FrozenDictionary<string, string> SvgElements = CaseTable(
        "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject", "glyphRef", "linearGradient",
        "radialGradient", "textPath");

    static readonly FrozenDictionary<string, string> SvgAttributes = CaseTable(
        "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits", "diffuseConstant",
        "edgeMode", "filterUnits", "glyphRef", "gradientTransform", "gradientUnits", "kernelMatrix", "kernelUnitLength",
        "keyPoints", "keySplines", "keyTimes", "lengthAdjust", "limitingConeAngle", "markerHeight", "markerUnits",
        "markerWidth", "maskContentUnits", "maskUnits", "numOctaves", "pathLength", "patternContentUnits",
        "patternTransform", "patternUnits", "pointsAtX", "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio",
        "primitiveUnits", "refX", "refY", "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures",
        "specularConstant", "specularExponent", "spreadMethod", "startOffset", "stdDeviation", "stitchTiles",
        "surfaceScale", "systemLanguage", "tableValues", "targetX", "targetY", "textLength", "viewBox", "viewTarget",
        "xChannelSelector", "yChannelSelector", "zoomAndPan");

    // Attributes in a namespace: the name as written → namespace and local name.
    static readonly FrozenDictionary<string, (AttributeNamespace Namespace, string Local)> Namespaced =
        new Dictionary<string, (AttributeNamespace, string)>
        {
            ["xlink:actuate"] = (AttributeNamespace.XLink, "actuate"),
            ["xlink:arcrole"] = (AttributeNamespace.XLink, "arcrole"),
            ["xlink:href"] = (AttributeNamespace.XLink, "href"),
            ["xlink:role"] = (AttributeNamespace.XLink, "role"),
            ["xlink:show"] = (AttributeNamespace.XLink, "show"),
            ["xlink:title"] = (AttributeNamespace.XLink, "title"),
            ["xlink:type"] = (AttributeNamespace.XLink, "type"),
            ["xml:lang"] = (AttributeNamespace.Xml, "lang"),
            ["xml:space"] = (AttributeNamespace.Xml, "space"),
            ["xmlns"] = (AttributeNamespace.Xmlns, "xmlns"),
            ["xmlns:xlink"] = (AttributeNamespace.Xmlns, "xlink"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    static FrozenDictionary<string, string> CaseTable(params string[] cased) =>
        cased.ToFrozenDictionary(name => name.ToLowerInvariant(), name => name, StringComparer.Ordinal);

    /// <summary>The id of an SVG element's name as SVG spells it (<c>foreignobject</c> → <c>foreignObject</c>).</summary>
    public static int SvgElementName(NameTable names, int name) =>
        SvgElements.TryGetValue(names[name], out string? cased) ? names.Intern(cased) : name;

    /// <summary>An attribute of a foreign element, with its name's case and its namespace adjusted.</summary>
    public static PageAttribute Adjust(NameTable names, ElementNamespace ns, TokenAttribute attribute)
    {
        string name = names[attribute.Name];
        if (ns == ElementNamespace.MathMl && name == "definitionurl")
            return new PageAttribute(names.Intern("definitionURL"), attribute.Value);
        if (ns == ElementNamespace.Svg && SvgAttributes.TryGetValue(name, out string? cased))
            return new PageAttribute(names.Intern(cased), attribute.Value);
        if (Namespaced.TryGetValue(name, out var namespaced))
            return new PageAttribute(names.Intern(namespaced.Local), attribute.Value, namespaced.Namespace);
        return new PageAttribute(attribute.Name, attribute.Value);
    }
}
