#pragma once
// Settings ▸ Alert intake: the in-app webhook intake for the single-user SQLite setup.

#include "settingspage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace warroom {

/// What the page stores (keys "alertIntake/enabled", "alertIntake/listen", "alertIntake/token").
struct AlertIntakeAppSettings {
    bool enabled = false;
    QString listen = QStringLiteral("127.0.0.1:8750");
    QString token;

    /// Shortest token accepted, in characters.
    static constexpr int kMinTokenLength = 16;

    static AlertIntakeAppSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    /// Why these settings cannot be used, or an empty string. Disabled settings are always usable.
    QString problem() const;
};

/// "alertIntakeEnabledCheck", "alertIntakeListenEdit", "alertIntakeTokenEdit" (shown as
/// dots), "alertIntakeGenerateButton" (a new random token), "alertIntakeUrlLabel" (the
/// Alertmanager URL to configure), "alertIntakeProblemLabel". Invalid while enabled with a
/// bad address or a token shorter than 16 characters.
class AlertIntakeSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit AlertIntakeSettingsPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const QSettings& settings) override;
    void save(QSettings& settings) const override;
    void restoreDefaults() override;
    bool isValid() const override;

    AlertIntakeAppSettings values() const;

private:
    void showValues(const AlertIntakeAppSettings& values);
    void update();

    QCheckBox* m_enabled;
    QLineEdit* m_listen;
    QLineEdit* m_token;
    QPushButton* m_generate;
    QLabel* m_url;
    QLabel* m_problem;
};

} // namespace warroom
