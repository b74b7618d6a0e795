#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace warroom {

namespace {

const QString kFusion = QStringLiteral("Fusion");

} // namespace

QPalette darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor base(0x1F, 0x21, 0x24);
    const QColor alternate(0x27, 0x29, 0x2D);
    const QColor text(0xE8, 0xEA, 0xED);
    const QColor disabledText(0x80, 0x86, 0x8B);
    const QColor button(0x35, 0x38, 0x3D);
    const QColor highlight(0x3D, 0x7E, 0xD8);
    const QColor link(0x8A, 0xB4, 0xF8);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, button.lighter(140));
    p.setColor(QPalette::Midlight, button.lighter(120));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return p;
}

void applyTheme(Theme theme)
{
    static const QString startupStyle = QApplication::style() ? QApplication::style()->name() : kFusion;
    static bool replaced = false; // the style or palette is not the start-up one
    if (theme == Theme::System && !replaced)
        return;
    replaced = theme != Theme::System;
    switch (theme) {
    case Theme::System:
        if (QApplication::style()->name().compare(startupStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(startupStyle));
        QApplication::setPalette(QPalette()); // no roles set: the desktop's palette again
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(kFusion));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(kFusion));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace warroom
