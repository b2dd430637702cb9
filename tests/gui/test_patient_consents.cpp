// The overview and the consents page driven like a person: the wizard end to end emits the exact
// GrantRequest after a plain-language preview; revoking asks first and emits only after "Revoke".
#include "ledger/consent_vocabulary.h"
#include "patient/consents_page.h"
#include "patient/grant_wizard.h"
#include "patient/overview_page.h"
#include "test_patient_data.h"
#include "test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace careledger;
using namespace careledger::ui::patient;

class TestPatientConsents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::init_core();
        qRegisterMetaType<careledger::wallet::GrantRequest>();
        qRegisterMetaType<careledger::ledger::EntryId>();
    }

    void overviewShowsStatusAlertsAndCounts() {
        OverviewPage page;
        page.resize(900, 650);
        page.show();
        test::screenshot(page, "patient_overview_empty");
        QVERIFY(page.findChild<QLabel*>()->isVisible());

        ui::LedgerStatusView s;
        s.embedded = true;
        s.location = QStringLiteral("/home/ana/.local/share/careledger/ledger");
        s.origin = QStringLiteral("careledger.example/consent-log");
        s.tree_size = 1234;
        s.root_base64 = QStringLiteral("k3a0bYbW7yT4CkM1u8mF0mQk5x1mYbZb5E0r8Yy2m8k=");
        s.cosignatures = 2;
        s.quorum = 2;
        s.checkpoint_time = 1795000000;
        s.last_sync = 1795000060;
        page.setLedgerStatus(s);
        ui::AlertView a;
        a.kind = ui::AlertView::Kind::emergency_access;
        a.time = 1795000100;
        a.index = 1200;
        a.summary = QStringLiteral("Dr Tom Becker read your emergency summary");
        ui::AlertView b;
        b.kind = ui::AlertView::Kind::unknown_reader;
        b.time = 1795000200;
        b.summary = QStringLiteral("A key you never granted (1a2b3c4d) recorded an access");
        page.setAlerts({a, b});
        page.setCounts(3, 41, 1);
        test::screenshot(page, "patient_overview");

        QString all;
        for (auto* l : page.findChildren<QLabel*>())
            all += l->text() + QLatin1Char('\n');
        // No translator is loaded here, so the source's "(s)" plural shows as written.
        QVERIFY2(all.contains(QRegularExpression(
                     QStringLiteral("2 cosignature(s|\\(s\\)) of the 2 required"))),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("1234 entries")));
        QVERIFY(all.contains(QStringLiteral("3 active grants")));
        QVERIFY(all.contains(QStringLiteral("41 recorded accesses")));
        auto* alerts = page.findChild<QListWidget*>(QStringLiteral("alertList"));
        QCOMPARE(alerts->count(), 2);
        QVERIFY(alerts->item(0)->text().contains(QStringLiteral("Emergency access")));
        QVERIFY(alerts->item(1)->text().contains(QStringLiteral("Unknown reader")));

        // A failed sync says why, in words.
        s.error_code = QStringLiteral("sync.lying_node");
        s.error_message = QStringLiteral("the node served two different trees");
        page.setLedgerStatus(s);
        all.clear();
        for (auto* l : page.findChildren<QLabel*>())
            all += l->text();
        QVERIFY(all.contains(QStringLiteral("The last sync failed")));

        QSignalSpy sync(&page, &OverviewPage::syncRequested);
        QSignalSpy log(&page, &OverviewPage::showAccessLogRequested);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("syncButton")),
                          Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("showAccessLogButton")),
                          Qt::LeftButton);
        QCOMPARE(sync.count(), 1);
        QCOMPARE(log.count(), 1);
        qInfo("overview: %d alerts shown", alerts->count());
    }

    void wizardEmitsTheExactGrant() {
        const auto providers = test::directory();
        const QDate today(2026, 11, 21);
        ConsentsPage page;
        page.resize(1000, 600);
        page.setToday(today);
        page.setProviders(providers);
        page.show();
        test::screenshot(page, "patient_consents_empty");
        QSignalSpy granted(&page, &ConsentsPage::grantRequested);

        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newGrantButton")),
                          Qt::LeftButton);
        auto* wizard = page.findChild<GrantWizard*>();
        QVERIFY(wizard != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        auto* next = wizard->findChild<QPushButton*>(QStringLiteral("nextButton"));

        // 1. Search the directory: the list narrows to the one match.
        auto* list = wizard->findChild<QListWidget*>(QStringLiteral("providerList"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("providerSearch")),
                         QStringLiteral("mary"));
        int shown = 0;
        for (int i = 0; i < list->count(); ++i)
            shown += list->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("Dr Ana Ruiz")));
        test::screenshot(*wizard, "patient_wizard_provider");
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->step(), int(GrantWizard::categories_step));

        // 2. Categories: nothing chosen, no way on; tick allergies and medications with the
        // keyboard.
        QVERIFY(!next->isEnabled());
        auto* cats = wizard->findChild<QListWidget*>(QStringLiteral("categoryList"));
        for (int i = 0; i < cats->count(); ++i) {
            const QString code = cats->item(i)->data(Qt::UserRole + 1).toString();
            if (code == QLatin1String("medications") || code == QLatin1String("allergies")) {
                cats->setCurrentRow(i);
                QTest::keyClick(cats, Qt::Key_Space);
            }
        }
        QVERIFY(next->isEnabled());
        test::screenshot(*wizard, "patient_wizard_categories");
        QTest::mouseClick(next, Qt::LeftButton);

        // 3. Purpose: treatment is the first choice.
        auto* purpose = wizard->findChild<QComboBox*>(QStringLiteral("purposeBox"));
        QCOMPARE(purpose->currentData().toString(), QStringLiteral("TREAT"));
        test::screenshot(*wizard, "patient_wizard_purpose");
        QTest::mouseClick(next, Qt::LeftButton);

        // 4. Period: from today until 21 Feb 2027 (inclusive); an end before the start is refused.
        auto* until = wizard->findChild<QDateEdit*>(QStringLiteral("untilDate"));
        auto* from = wizard->findChild<QDateEdit*>(QStringLiteral("fromDate"));
        from->setDate(QDate(2026, 12, 1));
        until->setDate(QDate(2026, 11, 25));
        QVERIFY(!next->isEnabled());
        from->setDate(today);
        until->setDate(QDate(2027, 2, 21));
        QVERIFY(next->isEnabled());
        test::screenshot(*wizard, "patient_wizard_period");
        QTest::mouseClick(next, Qt::LeftButton);

        // 5. The preview says in plain words what they will see.
        QCOMPARE(wizard->step(), int(GrantWizard::preview_step));
        const QString preview = wizard->findChild<QLabel*>(QStringLiteral("grantPreview"))->text();
        QCOMPARE(preview,
                 QStringLiteral("Dr Ana Ruiz (St Mary's Hospital, physician) will be able to see "
                                "your allergies and medications, for treatment, from 21 Nov 2026 "
                                "until 21 Feb 2027. You can revoke this at any time; every time "
                                "they read your records it will appear in your access log."));
        test::screenshot(*wizard, "patient_wizard_preview");
        QCOMPARE(granted.count(), 0);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("signButton")),
                          Qt::LeftButton);
        QCOMPARE(granted.count(), 1);
        const auto req = granted.at(0).at(0).value<wallet::GrantRequest>();
        QVERIFY(req.grantee == providers[0].key);
        QCOMPARE(req.categories, (std::vector<std::string>{"allergies", "medications"}));
        QCOMPARE(req.purpose, std::string("TREAT"));
        QCOMPARE(req.mode, std::string("view"));
        QCOMPARE(req.not_before, std::uint64_t{0}); // from today: from now
        QCOMPARE(req.expiry,
                 static_cast<std::uint64_t>(QDate(2027, 2, 22).startOfDay().toSecsSinceEpoch()));
        QVERIFY(!req.erase_by);
        QVERIFY(ledger::is_valid_category_list(req.categories));
        qInfo("wizard: 5 steps, grant for %zu categories emitted", req.categories.size());
    }

    void wizardCancelEmitsNothing() {
        ConsentsPage page;
        page.setProviders(test::directory());
        page.show();
        QSignalSpy granted(&page, &ConsentsPage::grantRequested);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newGrantButton")),
                          Qt::LeftButton);
        auto* wizard = page.findChild<GrantWizard*>();
        QVERIFY(wizard != nullptr);
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("providerSearch")),
                         QStringLiteral("nobody-like-this"));
        QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("nextButton"))->isEnabled());
        test::screenshot(*wizard, "patient_wizard_no_match");
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(page.findChild<GrantWizard*>() == nullptr);
        QCOMPARE(granted.count(), 0);
    }

    void revokeAsksFirst() {
        const auto providers = test::directory();
        std::vector<ledger::GrantWithStatus> grants;
        const ledger::GrantStatus statuses[] = {
            ledger::GrantStatus::active, ledger::GrantStatus::expired, ledger::GrantStatus::revoked,
            ledger::GrantStatus::not_yet_valid};
        for (int i = 0; i < 4; ++i) {
            ledger::GrantWithStatus g;
            g.grant.id.fill(static_cast<std::uint8_t>(0x10 + i));
            g.grant.terms.grantee = providers[static_cast<std::size_t>(i % 3)].key;
            g.grant.terms.categories = {"allergies", "lab-results"};
            g.grant.terms.purpose = "TREAT";
            g.grant.terms.mode = "view";
            g.grant.terms.expiry = 1800000000;
            g.grant.granted.time = 1790000000;
            if (statuses[i] == ledger::GrantStatus::revoked)
                g.grant.revoked = ledger::LogPosition{9, {}, 1791000000};
            g.status = statuses[i];
            grants.push_back(g);
        }
        ConsentsPage page;
        page.resize(1000, 500);
        page.setProviders(providers);
        page.setGrants(grants);
        page.show();
        test::screenshot(page, "patient_consents");
        auto* table = page.findChild<QTreeWidget*>(QStringLiteral("grantTable"));
        auto* revoke = page.findChild<QPushButton*>(QStringLiteral("revokeButton"));
        QCOMPARE(table->topLevelItemCount(), 4);
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("\u2714 Active"));
        QCOMPARE(table->topLevelItem(2)->text(0), QStringLiteral("\u2716 Revoked"));
        QCOMPARE(table->topLevelItem(3)->text(0), QStringLiteral("\u25F7 Not yet valid"));
        QCOMPARE(table->topLevelItem(0)->text(1),
                 QStringLiteral("Dr Ana Ruiz (St Mary's Hospital)"));
        QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("Allergies, Laboratory results"));

        // An expired grant cannot be revoked.
        table->setFocus();
        table->setCurrentItem(table->topLevelItem(1));
        QVERIFY(!revoke->isEnabled());
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentItem(), table->topLevelItem(0));
        QVERIFY(revoke->isEnabled());

        QSignalSpy revoked(&page, &ConsentsPage::revokeRequested);
        QTest::mouseClick(revoke, Qt::LeftButton);
        auto* box = page.findChild<QMessageBox*>(QStringLiteral("revokeConfirmation"));
        QVERIFY(box != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Dr Ana Ruiz")));
        test::screenshot(*box, "patient_revoke_confirmation");
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        QCOMPARE(revoked.count(), 0);
        QTRY_VERIFY(page.findChild<QMessageBox*>(QStringLiteral("revokeConfirmation")) == nullptr);

        QTest::mouseClick(revoke, Qt::LeftButton);
        box = page.findChild<QMessageBox*>(QStringLiteral("revokeConfirmation"));
        QVERIFY(box != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(revoked.count(), 1);
        QVERIFY(revoked.at(0).at(0).value<ledger::EntryId>() == grants[0].grant.id);

        // Hiding health details masks the record categories, not the grantee.
        page.setHideHealthDetails(true);
        table = page.findChild<QTreeWidget*>(QStringLiteral("grantTable"));
        QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("(hidden)"));
        QVERIFY(table->topLevelItem(0)->text(1).contains(QStringLiteral("Ana Ruiz")));
        qInfo("consents: %d grants, 1 revoke after confirmation", table->topLevelItemCount());
    }
};

QTEST_MAIN(TestPatientConsents)
#include "test_patient_consents.moc"
